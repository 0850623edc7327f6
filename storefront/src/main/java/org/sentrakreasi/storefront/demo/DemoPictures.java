package org.sentrakreasi.storefront.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the demo product pictures with Java2D: one recognisable motif per category (a plate of
 * chips, a cup of coffee, a batik cloth, a woven basket...), coloured by a palette chosen from the
 * sku. Shapes only, no text and no fonts, so it works headless on a machine without fonts.
 * Deterministic: the same sku, category and size always give the same PNG bytes.
 */
public final class DemoPictures {

    /** Everything is drawn on a 600 x 600 canvas and scaled to the requested size. */
    private static final double CANVAS = 600;

    private record Palette(Color bgTop, Color bgBottom, Color main, Color second, Color accent, Color dark,
                           Color light) {
    }

    private static final Palette[] PALETTES = {
        palette(0xFDF1E3, 0xF3D3B4, 0xC8553D, 0xF28F3B, 0x588B8B, 0x5B2A1C, 0xFFF8F0), // terakota
        palette(0xFBF3DF, 0xE9D6A2, 0xB5651D, 0xDDA15E, 0x606C38, 0x3D2B1F, 0xFEFAE0), // kunyit
        palette(0xF8EDE7, 0xE6C6BC, 0x9E2A2B, 0xE09F3E, 0x335C67, 0x3B1C1C, 0xFFF3EE), // bata
        palette(0xFFF4E0, 0xF1D2A0, 0xA0522D, 0xD4A373, 0x588157, 0x432818, 0xFFFBF2), // pasir
        palette(0xF6EFE9, 0xDCC5B2, 0x7F5539, 0xB08968, 0xC9A227, 0x3A2618, 0xFAF5F0), // soga
        palette(0xFDEFEA, 0xF2C4B3, 0xE76F51, 0xF4A261, 0x2A9D8F, 0x264653, 0xFFF6F2), // karang
        palette(0xFBF6E9, 0xE6D9AE, 0xBC6C25, 0xE2B163, 0x6B8F71, 0x283618, 0xFEFAE0), // kayu
        palette(0xF9F0F3, 0xE5C9D4, 0xA44A6B, 0xE9A178, 0x5E8C74, 0x3E1F2B, 0xFFF7FA), // mawar
    };

    private static final Color[] LEAF_GREENS = {
        new Color(0x6A994E), new Color(0x4F772D), new Color(0x87A96B), new Color(0x5A8F5A)
    };

    private DemoPictures() {
    }

    /**
     * A square PNG picture for a product.
     *
     * @param sku      picks the palette and the variant of the motif
     * @param category a category code; an unknown code gives an abstract pattern
     * @param size     width and height in pixels
     * @return the PNG bytes
     */
    public static byte[] png(String sku, String category, int size) {
        if (size <= 0 || size > 4000) {
            throw new IllegalArgumentException("Picture size out of range: " + size);
        }
        String key = sku == null ? "" : sku;
        int seed = mix(key.hashCode());
        Palette p = PALETTES[Math.floorMod(seed, PALETTES.length)];
        int variant = motif(category, productName(key), Math.floorMod(seed >>> 7, 12));
        Random rnd = new Random(seed);

        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.scale(size / CANVAS, size / CANVAS);
            background(g, p, rnd);
            switch (category == null ? "" : category) {
                case "makanan" -> food(g, p, variant, rnd);
                case "minuman" -> drink(g, p, variant, rnd);
                case "batik-tenun" -> cloth(g, p, variant);
                case "anyaman" -> woven(g, p, variant);
                case "fashion" -> fashion(g, p, variant);
                case "rumah-tangga" -> home(g, p, variant, rnd);
                case "cinderamata" -> souvenir(g, p, variant);
                case "kecantikan" -> beauty(g, p, variant, rnd);
                default -> abstractPattern(g, p, rnd);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode demo picture", e);
        }
        return out.toByteArray();
    }

    /** The demo product's name for a sku, lower case, or "" when the sku is not a demo product. */
    private static String productName(String sku) {
        return DemoCatalog.products().stream()
                .filter(product -> product.sku().equals(sku))
                .map(product -> product.name().toLowerCase(Locale.ROOT))
                .findFirst()
                .orElse("");
    }

    /**
     * Which variant of the category's motif to draw: chosen from words of the product name where
     * they tell (a sambal gets a jar, a sandal gets sandals), otherwise from the sku hash.
     */
    private static int motif(String category, String name, int hash) {
        return switch (category == null ? "" : category) {
            case "makanan" -> has(name, "sambal") ? 2
                    : has(name, "keripik", "rempeyek", "peyek") ? 0
                    : has(name, "kue", "nastar", "kastengel", "nopia", "getuk") ? 1 : hash % 3;
            case "minuman" -> has(name, "sirup") ? 1
                    : has(name, "kopi", "wedang", "jahe", "kunyit", "teh") ? 0 : hash % 2;
            case "batik-tenun" -> has(name, "kawung") ? 0
                    : has(name, "parang") ? 1
                    : has(name, "tenun", "ulos", "songket", "ikat") ? 2 : hash % 2;
            case "anyaman" -> has(name, "tikar", "tampah") ? 1 : !name.isEmpty() ? 0 : hash % 2;
            case "fashion" -> has(name, "sandal") ? 1 : !name.isEmpty() ? 0 : hash % 2;
            case "rumah-tangga" -> has(name, "vas") ? 0
                    : has(name, "keset") ? 1
                    : has(name, "taplak") ? 2
                    : has(name, "anyaman") ? 3 : hash % 3;
            case "cinderamata" -> has(name, "gantungan", "pembatas") ? 0
                    : has(name, "wayang", "gunungan") ? 1 : hash % 2;
            case "kecantikan" -> has(name, "sabun") ? hash % 2
                    : has(name, "minyak") ? 2
                    : has(name, "lulur", "scrub", "bedak") ? 3 : hash % 4;
            default -> 0;
        };
    }

    private static boolean has(String name, String... words) {
        for (String word : words) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- background

    private static void background(Graphics2D g, Palette p, Random rnd) {
        g.setPaint(new GradientPaint(0, 0, p.bgTop(), (float) CANVAS, (float) CANVAS, p.bgBottom()));
        g.fill(new Rectangle2D.Double(0, 0, CANVAS, CANVAS));
        // two soft light blobs
        for (int i = 0; i < 2; i++) {
            double r = 160 + rnd.nextInt(120);
            double cx = i == 0 ? 60 + rnd.nextInt(140) : 420 + rnd.nextInt(140);
            double cy = i == 0 ? 40 + rnd.nextInt(120) : 380 + rnd.nextInt(160);
            Color c = i == 0 ? p.light() : p.second();
            g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, cy), (float) r, new float[] {0f, 1f},
                    new Color[] {alpha(c, i == 0 ? 170 : 60), alpha(c, 0)}));
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
        // a faint table line
        g.setPaint(new GradientPaint(0, 470, alpha(p.dark(), 0), 0, 600, alpha(p.dark(), 22)));
        g.fill(new Rectangle2D.Double(0, 470, CANVAS, 130));
    }

    private static void shadow(Graphics2D g, double cx, double cy, double w, double h) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, cy), (float) (w / 2), new float[] {0f, 1f},
                new Color[] {new Color(0, 0, 0, 70), new Color(0, 0, 0, 0)}, MultipleGradientPaint.CycleMethod.NO_CYCLE));
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.scale(1, h / w);
        g.translate(-cx, -cy);
        g.fill(new Ellipse2D.Double(cx - w / 2, cy - w / 2, w, w));
        g.setTransform(saved);
    }

    // ---------------------------------------------------------------- makanan

    private static void food(Graphics2D g, Palette p, int variant, Random rnd) {
        if (variant == 2) {
            sambal(g, p, rnd);
            return;
        }
        shadow(g, 300, 440, 500, 110);
        Ellipse2D plate = new Ellipse2D.Double(70, 290, 460, 190);
        g.setPaint(new GradientPaint(0, 290, p.light(), 0, 480, shade(p.light(), 0.86)));
        g.fill(plate);
        g.setStroke(new BasicStroke(3));
        g.setColor(shade(p.light(), 0.78));
        g.draw(plate);
        Ellipse2D well = new Ellipse2D.Double(125, 315, 350, 140);
        g.setPaint(new GradientPaint(0, 315, shade(p.light(), 0.9), 0, 455, p.light()));
        g.fill(well);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 16f}, 0f));
        g.setColor(alpha(p.main(), 150));
        g.draw(new Ellipse2D.Double(97, 302, 406, 166));
        if (variant == 0) {
            chips(g, p, rnd);
        } else {
            cookies(g, p, rnd);
        }
    }

    private static void chips(Graphics2D g, Palette p, Random rnd) {
        Color base = mix(new Color(0xEDBE55), p.second(), 0.2);
        Color balado = mix(new Color(0xC0392B), p.main(), 0.2);
        int count = 34;
        double[][] chips = new double[count][];
        for (int i = 0; i < count; i++) {
            // spread over the plate's well, piled into a mound in the middle
            double a = rnd.nextDouble() * 2 * Math.PI;
            double d = Math.sqrt(rnd.nextDouble());
            double x = 300 + Math.cos(a) * d * 150;
            double y = 385 + Math.sin(a) * d * 52;
            double mound = 80 * (1 - d * d);
            chips[i] = new double[] {x, y - mound, y + mound * 0.2};
        }
        java.util.Arrays.sort(chips, (c1, c2) -> Double.compare(c1[2], c2[2]));
        for (double[] c : chips) {
            double cx = c[0];
            double cy = c[1];
            double w = 78 + rnd.nextInt(24);
            double h = 62 + rnd.nextInt(14);
            Shape chip = blob(cx, cy, w, h, rnd.nextDouble() * Math.PI, rnd);
            Color tone = shade(base, 0.9 + rnd.nextDouble() * 0.18);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(cx - w * 0.1, cy - h * 0.15), (float) (w * 0.6),
                    new float[] {0f, 0.7f, 1f}, new Color[] {shade(tone, 1.15), tone, shade(tone, 0.78)}));
            g.fill(chip);
            g.setStroke(new BasicStroke(1.8f));
            g.setColor(shade(tone, 0.66));
            g.draw(chip);
            g.setColor(alpha(balado, 210));
            for (int s = 0; s < 9; s++) {
                double sx = cx + (rnd.nextDouble() - 0.5) * w * 0.65;
                double sy = cy + (rnd.nextDouble() - 0.5) * h * 0.45;
                double r = 1.5 + rnd.nextDouble() * 2.5;
                g.fill(new Ellipse2D.Double(sx - r, sy - r, 2 * r, 2 * r));
            }
        }
    }

    private static void cookies(Graphics2D g, Palette p, Random rnd) {
        Color dough = mix(new Color(0xE8B860), p.second(), 0.25);
        double[][] rows = {{330, 5, 120}, {365, 6, 150}, {402, 5, 125}, {300, 3, 70}};
        for (double[] row : rows) {
            int n = (int) row[1];
            double y = row[0];
            double half = row[2];
            for (int i = 0; i < n; i++) {
                double x = 300 - half + (n == 1 ? half : 2 * half * i / (n - 1)) + (rnd.nextDouble() - 0.5) * 8;
                double r = 34 + rnd.nextDouble() * 4;
                double yy = y + (rnd.nextDouble() - 0.5) * 6;
                g.setPaint(new RadialGradientPaint(new Point2D.Double(x - r * 0.35, yy - r * 0.45), (float) (r * 1.5),
                        new float[] {0f, 0.6f, 1f},
                        new Color[] {shade(dough, 1.25), dough, shade(dough, 0.72)}));
                Ellipse2D ball = new Ellipse2D.Double(x - r, yy - r * 0.82, 2 * r, 1.64 * r);
                g.fill(ball);
                g.setStroke(new BasicStroke(1.5f));
                g.setColor(shade(dough, 0.65));
                g.draw(ball);
                // a clove on top, as on a nastar
                g.setColor(new Color(0x4A2C17));
                g.fill(new Ellipse2D.Double(x - 4, yy - r * 0.6, 8, 6));
                g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x, yy - r * 0.6, x + 2, yy - r * 0.6 - 7));
            }
        }
    }

    private static void sambal(Graphics2D g, Palette p, Random rnd) {
        Color red = new Color(0xB3261E);
        chili(g, 150, 470, 1.0, -20, red);
        shadow(g, 300, 490, 300, 60);
        jar(g, p, 300, 490, 190, 230, red, rnd, true);
        chili(g, 460, 480, 0.9, 200, new Color(0xD63A2A));
        chili(g, 490, 440, 0.8, 160, new Color(0x4F8A2B));
    }

    /**
     * A glass jar with a cloth-covered lid, its bottom centre at (cx, baseY); filled with the given
     * colour (with seeds when {@code seeds}).
     */
    private static void jar(Graphics2D g, Palette p, double cx, double baseY, double w, double h, Color content,
                            Random rnd, boolean seeds) {
        double x = cx - w / 2;
        double y = baseY - h;
        RoundRectangle2D glass = new RoundRectangle2D.Double(x, y, w, h, 44, 44);
        g.setColor(new Color(255, 255, 255, 140));
        g.fill(glass);
        RoundRectangle2D fill = new RoundRectangle2D.Double(x + 7, y + h * 0.14, w - 14, h * 0.86 - 7, 36, 36);
        g.setPaint(new GradientPaint((float) x, 0, shade(content, 1.15), (float) (x + w), 0, shade(content, 0.7)));
        g.fill(fill);
        if (seeds) {
            g.setColor(new Color(0xF2C14E));
            for (int i = 0; i < 40; i++) {
                double sx = x + 14 + rnd.nextDouble() * (w - 28);
                double sy = y + h * 0.18 + rnd.nextDouble() * (h * 0.75);
                g.fill(new Ellipse2D.Double(sx, sy, 4, 3));
            }
        }
        // glass highlight
        g.setColor(new Color(255, 255, 255, 110));
        g.fill(new RoundRectangle2D.Double(x + 14, y + 24, 14, h - 60, 14, 14));
        g.setStroke(new BasicStroke(3));
        g.setColor(new Color(255, 255, 255, 200));
        g.draw(glass);
        // label
        RoundRectangle2D label = new RoundRectangle2D.Double(x + w * 0.2, y + h * 0.42, w * 0.6, h * 0.36, 16, 16);
        g.setColor(p.light());
        g.fill(label);
        g.setStroke(new BasicStroke(3));
        g.setColor(p.accent());
        g.draw(new RoundRectangle2D.Double(x + w * 0.2 + 6, y + h * 0.42 + 6, w * 0.6 - 12, h * 0.36 - 12, 12, 12));
        leaf(g, cx, y + h * 0.6, w * 0.36, w * 0.16, -25, LEAF_GREENS[0]);
        // lid under a cloth cover tied with a string
        double lidY = y - 20;
        g.setColor(p.dark());
        g.fill(new RoundRectangle2D.Double(x + 10, lidY + 8, w - 20, 30, 10, 10));
        Path2D cover = new Path2D.Double();
        cover.moveTo(x - 6, y + 30);
        cover.quadTo(x - 2, lidY - 14, cx, lidY - 18);
        cover.quadTo(x + w + 2, lidY - 14, x + w + 6, y + 30);
        cover.lineTo(x + w - 20, y + 18);
        cover.lineTo(x + w - 44, y + 34);
        cover.lineTo(x + w - 70, y + 18);
        cover.lineTo(cx, y + 34);
        cover.lineTo(x + 70, y + 18);
        cover.lineTo(x + 44, y + 34);
        cover.lineTo(x + 20, y + 18);
        cover.closePath();
        g.setColor(p.light());
        g.fill(cover);
        Shape saved = g.getClip();
        g.clip(cover);
        g.setColor(alpha(p.main(), 150));
        for (double gx = x - 10; gx < x + w + 10; gx += 24) {
            g.fill(new Rectangle2D.Double(gx, lidY - 30, 12, 80));
        }
        for (double gy = lidY - 30; gy < y + 40; gy += 24) {
            g.fill(new Rectangle2D.Double(x - 10, gy, w + 20, 12));
        }
        g.setClip(saved);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xB08A5A));
        g.draw(new Line2D.Double(x + 2, y + 6, x + w - 2, y + 6));
    }

    private static void chili(Graphics2D g, double cx, double cy, double scale, double angle, Color c) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(Math.toRadians(angle));
        g.scale(scale, scale);
        Path2D body = new Path2D.Double();
        body.moveTo(-50, -8);
        body.curveTo(-20, -16, 30, -12, 62, 10);
        body.curveTo(30, 4, -20, 12, -50, 8);
        body.closePath();
        g.setPaint(new GradientPaint(0, -14, shade(c, 1.25), 0, 12, shade(c, 0.75)));
        g.fill(body);
        g.setColor(new Color(255, 255, 255, 110));
        g.fill(new Ellipse2D.Double(-36, -9, 40, 5));
        g.setColor(new Color(0x3F6B21));
        g.fill(new RoundRectangle2D.Double(-62, -7, 16, 14, 6, 6));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(-60, 0, -74, -8));
        g.setTransform(saved);
    }

    // ---------------------------------------------------------------- minuman

    private static void drink(Graphics2D g, Palette p, int variant, Random rnd) {
        if (variant == 0) {
            cup(g, p);
        } else {
            bottle(g, p);
        }
        bean(g, 470, 470, 1.0, 25);
        bean(g, 520, 455, 0.9, -35);
        bean(g, 110, 480, 0.95, 60);
        if (rnd.nextBoolean()) {
            bean(g, 505, 505, 0.85, 100);
        }
    }

    private static void cup(Graphics2D g, Palette p) {
        shadow(g, 300, 470, 400, 90);
        Ellipse2D saucer = new Ellipse2D.Double(130, 420, 340, 80);
        g.setPaint(new GradientPaint(0, 420, p.light(), 0, 500, shade(p.light(), 0.82)));
        g.fill(saucer);
        g.setStroke(new BasicStroke(2.5f));
        g.setColor(shade(p.light(), 0.7));
        g.draw(saucer);
        g.setColor(alpha(p.main(), 140));
        g.setStroke(new BasicStroke(4));
        g.draw(new Ellipse2D.Double(165, 432, 270, 56));
        // handle behind the cup body
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shade(p.main(), 0.8));
        g.draw(new Arc2D.Double(360, 315, 100, 95, -100, 200, Arc2D.OPEN));
        Path2D body = new Path2D.Double();
        body.moveTo(185, 300);
        body.lineTo(415, 300);
        body.curveTo(415, 395, 380, 455, 300, 455);
        body.curveTo(220, 455, 185, 395, 185, 300);
        body.closePath();
        g.setPaint(new GradientPaint(185, 0, shade(p.main(), 1.25), 415, 0, shade(p.main(), 0.75)));
        g.fill(body);
        // a band of small diamonds around the cup
        Shape saved = g.getClip();
        g.clip(body);
        g.setColor(alpha(p.light(), 200));
        g.fill(new Rectangle2D.Double(150, 350, 300, 26));
        g.setColor(p.accent());
        for (double x = 190; x < 420; x += 26) {
            g.fill(diamond(x, 363, 9, 9));
        }
        g.setClip(saved);
        // rim and coffee
        g.setColor(shade(p.main(), 1.35));
        g.fill(new Ellipse2D.Double(185, 285, 230, 32));
        g.setPaint(new GradientPaint(0, 290, new Color(0x3B2314), 0, 312, new Color(0x6B4226)));
        g.fill(new Ellipse2D.Double(196, 290, 208, 23));
        g.setColor(new Color(255, 240, 220, 90));
        g.fill(new Ellipse2D.Double(250, 295, 70, 9));
        // steam
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 170));
        for (int i = 0; i < 3; i++) {
            double x = 250 + i * 50;
            Path2D steam = new Path2D.Double();
            steam.moveTo(x, 270);
            steam.curveTo(x - 22, 240, x + 22, 215, x, 185);
            steam.curveTo(x - 18, 160, x + 14, 140, x + 2, 120);
            g.draw(steam);
        }
    }

    private static void bottle(Graphics2D g, Palette p) {
        shadow(g, 300, 490, 300, 70);
        // a small glass on the left
        Path2D glass = new Path2D.Double();
        glass.moveTo(135, 360);
        glass.lineTo(225, 360);
        glass.lineTo(215, 485);
        glass.lineTo(145, 485);
        glass.closePath();
        g.setColor(new Color(255, 255, 255, 120));
        g.fill(glass);
        Path2D drinkIn = new Path2D.Double();
        drinkIn.moveTo(139, 395);
        drinkIn.lineTo(221, 395);
        drinkIn.lineTo(214, 480);
        drinkIn.lineTo(146, 480);
        drinkIn.closePath();
        g.setPaint(new GradientPaint(0, 395, shade(p.second(), 1.05), 0, 480, shade(p.main(), 0.85)));
        g.fill(drinkIn);
        g.setStroke(new BasicStroke(3));
        g.setColor(new Color(255, 255, 255, 200));
        g.draw(glass);
        // the bottle
        Path2D b = new Path2D.Double();
        b.moveTo(282, 150);
        b.lineTo(318, 150);
        b.lineTo(318, 205);
        b.curveTo(318, 235, 380, 240, 380, 290);
        b.lineTo(380, 470);
        b.quadTo(380, 492, 358, 492);
        b.lineTo(242, 492);
        b.quadTo(220, 492, 220, 470);
        b.lineTo(220, 290);
        b.curveTo(220, 240, 282, 235, 282, 205);
        b.closePath();
        g.setPaint(new GradientPaint(220, 0, shade(p.main(), 1.2), 380, 0, shade(p.main(), 0.6)));
        g.fill(b);
        g.setColor(new Color(255, 255, 255, 90));
        g.fill(new RoundRectangle2D.Double(236, 285, 16, 180, 16, 16));
        // cap
        g.setPaint(new GradientPaint(274, 0, shade(p.dark(), 1.4), 326, 0, p.dark()));
        g.fill(new RoundRectangle2D.Double(274, 120, 52, 42, 10, 10));
        // label with a leaf
        RoundRectangle2D label = new RoundRectangle2D.Double(232, 320, 136, 110, 18, 18);
        g.setColor(p.light());
        g.fill(label);
        g.setStroke(new BasicStroke(4));
        g.setColor(p.accent());
        g.draw(new RoundRectangle2D.Double(240, 328, 120, 94, 14, 14));
        leaf(g, 300, 378, 70, 34, -30, p.accent());
    }

    private static void bean(Graphics2D g, double cx, double cy, double scale, double angle) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(Math.toRadians(angle));
        g.scale(scale, scale);
        Ellipse2D e = new Ellipse2D.Double(-24, -16, 48, 32);
        g.setPaint(new GradientPaint(-20, -16, new Color(0x8B5A3C), 20, 16, new Color(0x3E2415)));
        g.fill(e);
        Path2D crease = new Path2D.Double();
        crease.moveTo(-20, 2);
        crease.curveTo(-8, -8, 8, 10, 20, -2);
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x2A170C));
        g.draw(crease);
        g.setTransform(saved);
    }

    // ---------------------------------------------------------------- batik-tenun

    private static void cloth(Graphics2D g, Palette p, int variant) {
        shadow(g, 300, 520, 420, 50);
        Path2D c = new Path2D.Double();
        c.moveTo(120, 118);
        c.lineTo(480, 118);
        c.lineTo(486, 470);
        c.curveTo(440, 488, 400, 462, 360, 478);
        c.curveTo(310, 496, 270, 466, 220, 482);
        c.curveTo(180, 494, 150, 470, 114, 480);
        c.closePath();
        Shape saved = g.getClip();
        g.clip(c);
        switch (variant) {
            case 0 -> kawung(g, p);
            case 1 -> parang(g, p);
            default -> ikat(g, p);
        }
        // side borders (pinggiran)
        g.setColor(alpha(p.dark(), 230));
        g.fill(new Rectangle2D.Double(110, 100, 26, 400));
        g.fill(new Rectangle2D.Double(464, 100, 30, 400));
        g.setColor(p.second());
        for (double y = 130; y < 500; y += 28) {
            g.fill(diamond(123, y, 8, 11));
            g.fill(diamond(478, y, 8, 11));
        }
        // drape: soft vertical folds
        for (int i = 0; i < 6; i++) {
            double x = 120 + i * 64;
            g.setPaint(new GradientPaint((float) x, 0, new Color(0, 0, 0, 0), (float) (x + 32), 0,
                    new Color(0, 0, 0, 38), true));
            g.fill(new Rectangle2D.Double(x, 100, 64, 400));
        }
        g.setClip(saved);
        if (variant == 2) {
            // fringe of a woven cloth
            g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(p.main());
            for (double x = 124; x < 484; x += 9) {
                double y = 478 + 8 * Math.sin(x / 24.0);
                g.draw(new Line2D.Double(x, y - 2, x + 2, y + 24));
            }
        }
        // wooden rod
        g.setPaint(new GradientPaint(0, 104, new Color(0xB07A4A), 0, 126, new Color(0x6B4226)));
        g.fill(new RoundRectangle2D.Double(86, 104, 428, 20, 20, 20));
        g.setColor(new Color(0x5A3520));
        g.fill(new Ellipse2D.Double(74, 100, 28, 28));
        g.fill(new Ellipse2D.Double(498, 100, 28, 28));
        g.setStroke(new BasicStroke(4));
        g.setColor(new Color(0x5A3520));
        g.draw(new Line2D.Double(300, 104, 300, 56));
        g.fill(new Ellipse2D.Double(292, 46, 16, 16));
    }

    private static void kawung(Graphics2D g, Palette p) {
        g.setColor(p.dark());
        g.fill(new Rectangle2D.Double(100, 100, 400, 400));
        double cell = 64;
        Color petal = mix(p.second(), p.light(), 0.35);
        for (double cy = 100; cy < 540; cy += cell) {
            for (double cx = 100; cx < 540; cx += cell) {
                for (int k = 0; k < 4; k++) {
                    AffineTransform saved = g.getTransform();
                    g.translate(cx + cell / 2, cy + cell / 2);
                    g.rotate(Math.PI / 4 + k * Math.PI / 2);
                    Ellipse2D e = new Ellipse2D.Double(4, -12, 38, 24);
                    g.setColor(petal);
                    g.fill(e);
                    g.setStroke(new BasicStroke(2));
                    g.setColor(shade(p.main(), 0.8));
                    g.draw(e);
                    g.setColor(p.main());
                    g.fill(new Ellipse2D.Double(18, -4, 10, 8));
                    g.setTransform(saved);
                }
                g.setColor(p.accent());
                g.fill(new Ellipse2D.Double(cx + cell / 2 - 5, cy + cell / 2 - 5, 10, 10));
            }
        }
    }

    private static void parang(Graphics2D g, Palette p) {
        g.setColor(mix(p.light(), p.second(), 0.25));
        g.fill(new Rectangle2D.Double(100, 100, 400, 400));
        AffineTransform saved = g.getTransform();
        g.translate(300, 300);
        g.rotate(-Math.PI / 4);
        double band = 74;
        for (double y = -440; y < 440; y += band) {
            // dark band
            g.setColor(p.dark());
            g.fill(new Rectangle2D.Double(-440, y, 880, band * 0.5));
            // S-shaped blades along the band
            for (double x = -440; x < 440; x += 60) {
                Path2D s = new Path2D.Double();
                s.moveTo(x, y + band * 0.5);
                s.curveTo(x + 10, y + 4, x + 40, y + 4, x + 50, y + band * 0.25);
                s.curveTo(x + 40, y + band * 0.42, x + 20, y + band * 0.38, x + 12, y + band * 0.5);
                s.closePath();
                g.setColor(p.main());
                g.fill(s);
                g.setColor(alpha(p.light(), 220));
                g.fill(new Ellipse2D.Double(x + 24, y + band * 0.18, 8, 8));
            }
            // mlinjon diamonds in the light band
            g.setColor(p.main());
            for (double x = -440; x < 440; x += 60) {
                g.fill(diamond(x + 30, y + band * 0.75, 12, 9));
            }
            g.setStroke(new BasicStroke(2));
            g.setColor(p.accent());
            g.draw(new Line2D.Double(-440, y + band * 0.55, 440, y + band * 0.55));
        }
        g.setTransform(saved);
    }

    private static void ikat(Graphics2D g, Palette p) {
        double y = 100;
        Color[] bands = {p.main(), p.dark(), p.second(), p.dark(), p.main(), p.accent(), p.dark(), p.main()};
        double[] heights = {60, 18, 12, 70, 40, 14, 70, 60, 40, 40};
        int i = 0;
        while (y < 520) {
            double h = heights[i % heights.length];
            Color c = bands[i % bands.length];
            g.setColor(c);
            g.fill(new Rectangle2D.Double(100, y, 400, h));
            if (h >= 60) {
                // ikat diamonds with a soft, slightly shifted double edge
                Color d = c.equals(p.dark()) ? p.second() : p.light();
                for (double x = 120; x < 500; x += 48) {
                    g.setColor(alpha(d, 110));
                    g.fill(diamond(x + 3, y + h / 2 + 2, 20, h / 2 - 4));
                    g.setColor(d);
                    g.fill(diamond(x, y + h / 2, 18, h / 2 - 6));
                    g.setColor(c);
                    g.fill(diamond(x, y + h / 2, 7, h / 4 - 4));
                }
            } else if (h >= 30) {
                g.setColor(alpha(p.light(), 200));
                for (double x = 100; x < 500; x += 24) {
                    Path2D zig = new Path2D.Double();
                    zig.moveTo(x, y + h * 0.7);
                    zig.lineTo(x + 12, y + h * 0.3);
                    zig.lineTo(x + 24, y + h * 0.7);
                    g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(zig);
                }
            }
            // thread texture
            g.setStroke(new BasicStroke(1));
            g.setColor(new Color(255, 255, 255, 28));
            for (double yy = y; yy < y + h; yy += 4) {
                g.draw(new Line2D.Double(100, yy, 500, yy));
            }
            y += h;
            i++;
        }
    }

    // ---------------------------------------------------------------- anyaman

    private static void woven(Graphics2D g, Palette p, int variant) {
        if (variant == 0) {
            basket(g, p);
        } else {
            mat(g, p);
        }
    }

    private static void basket(Graphics2D g, Palette p) {
        Color straw = mix(new Color(0xD9B26F), p.second(), 0.3);
        Color stake = shade(straw, 0.78);
        shadow(g, 300, 485, 360, 70);
        // handle
        g.setStroke(new BasicStroke(20, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shade(straw, 0.7));
        g.draw(new Arc2D.Double(165, 110, 270, 280, 10, 160, Arc2D.OPEN));
        g.setStroke(new BasicStroke(3));
        g.setColor(shade(straw, 1.1));
        for (int a = 20; a < 170; a += 9) {
            double rad = Math.toRadians(a);
            double x = 300 + 135 * Math.cos(rad);
            double y = 250 - 140 * Math.sin(rad);
            g.draw(new Line2D.Double(x - 7, y - 6, x + 7, y + 6));
        }
        // inside of the basket
        g.setColor(shade(straw, 0.45));
        g.fill(new Ellipse2D.Double(130, 232, 340, 46));
        // body with an over-under weave, narrowing to the bottom
        Path2D body = new Path2D.Double();
        body.moveTo(130, 255);
        body.lineTo(470, 255);
        body.lineTo(420, 470);
        body.quadTo(415, 490, 395, 490);
        body.lineTo(205, 490);
        body.quadTo(185, 490, 180, 470);
        body.closePath();
        Shape saved = g.getClip();
        g.clip(body);
        int rows = 10;
        int cols = 12;
        double top = 255;
        double rowH = (490 - top) / rows;
        for (int r = 0; r < rows; r++) {
            double y = top + r * rowH;
            double t = (y + rowH / 2 - top) / (490 - top);
            double left = 130 + 50 * t;
            double right = 470 - 50 * t;
            double cw = (right - left) / cols;
            Color weaver = r % 4 == 1 ? mix(straw, p.main(), 0.55) : straw;
            g.setPaint(new GradientPaint(0, (float) y, shade(weaver, 1.12), 0, (float) (y + rowH), shade(weaver, 0.82)));
            g.fill(new Rectangle2D.Double(100, y, 400, rowH));
            for (int c = 0; c < cols; c++) {
                if ((r + c) % 2 == 1) {
                    double x = left + c * cw;
                    g.setPaint(new GradientPaint((float) x, 0, shade(stake, 1.1), (float) (x + cw), 0, shade(stake, 0.8)));
                    g.fill(new RoundRectangle2D.Double(x + cw * 0.12, y - 2, cw * 0.76, rowH + 4, 8, 8));
                    g.setColor(new Color(0, 0, 0, 40));
                    g.setStroke(new BasicStroke(2));
                    g.draw(new Line2D.Double(x + cw * 0.12, y, x + cw * 0.12, y + rowH));
                }
            }
            g.setColor(new Color(0, 0, 0, 45));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(100, y, 500, y));
        }
        // roundness shading
        g.setPaint(new GradientPaint(130, 0, new Color(0, 0, 0, 60), 300, 0, new Color(0, 0, 0, 0), true));
        g.fill(new Rectangle2D.Double(100, 240, 400, 260));
        g.setClip(saved);
        // rim
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shade(straw, 0.72));
        g.draw(new Arc2D.Double(130, 232, 340, 46, 180, 180, Arc2D.OPEN));
        g.setStroke(new BasicStroke(2.5f));
        g.setColor(shade(straw, 1.15));
        for (double x = 140; x < 465; x += 14) {
            double dy = 23 * Math.sqrt(Math.max(0, 1 - Math.pow((x - 300) / 170, 2)));
            g.draw(new Line2D.Double(x - 5, 255 + dy - 7, x + 5, 255 + dy + 7));
        }
    }

    private static void mat(Graphics2D g, Palette p) {
        Color pandan = mix(new Color(0xDCC48E), p.light(), 0.2);
        Color dyed = p.main();
        shadow(g, 300, 470, 460, 80);
        AffineTransform saved = g.getTransform();
        g.translate(300, 300);
        g.rotate(Math.toRadians(-8));
        RoundRectangle2D outline = new RoundRectangle2D.Double(-190, -170, 380, 340, 14, 14);
        Shape clip = g.getClip();
        g.clip(outline);
        double cell = 28;
        int n = 16;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = -190 + i * cell - 14;
                double y = -170 + j * cell - 14;
                boolean horizontalOver = (i + j) % 2 == 0;
                boolean dyedStrip = horizontalOver ? (j % 6 == 2 || j % 6 == 3) : (i % 7 == 3);
                Color c = dyedStrip ? dyed : pandan;
                if (horizontalOver) {
                    g.setPaint(new GradientPaint(0, (float) y, shade(c, 1.1), 0, (float) (y + cell), shade(c, 0.82)));
                } else {
                    g.setPaint(new GradientPaint((float) x, 0, shade(c, 0.98), (float) (x + cell), 0, shade(c, 0.74)));
                }
                g.fill(new Rectangle2D.Double(x, y, cell, cell));
                g.setStroke(new BasicStroke(1.5f));
                g.setColor(new Color(0, 0, 0, 50));
                if (horizontalOver) {
                    g.draw(new Line2D.Double(x, y, x, y + cell));
                    g.draw(new Line2D.Double(x + cell, y, x + cell, y + cell));
                } else {
                    g.draw(new Line2D.Double(x, y, x + cell, y));
                    g.draw(new Line2D.Double(x, y + cell, x + cell, y + cell));
                }
                g.setColor(new Color(255, 255, 255, 45));
                if (horizontalOver) {
                    g.draw(new Line2D.Double(x + 3, y + cell * 0.35, x + cell - 3, y + cell * 0.35));
                } else {
                    g.draw(new Line2D.Double(x + cell * 0.35, y + 3, x + cell * 0.35, y + cell - 3));
                }
            }
        }
        g.setClip(clip);
        // bound edge
        g.setStroke(new BasicStroke(12));
        g.setColor(p.dark());
        g.draw(outline);
        g.setTransform(saved);
    }

    // ---------------------------------------------------------------- fashion

    private static void fashion(Graphics2D g, Palette p, int variant) {
        if (variant == 0) {
            bag(g, p);
        } else {
            sandals(g, p);
        }
    }

    private static void bag(Graphics2D g, Palette p) {
        shadow(g, 300, 490, 420, 70);
        // handles, back then front
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shade(p.dark(), 1.3));
        g.draw(new Arc2D.Double(215, 140, 170, 230, 0, 180, Arc2D.OPEN));
        Path2D body = new Path2D.Double();
        body.moveTo(160, 250);
        body.lineTo(440, 250);
        body.lineTo(470, 455);
        body.quadTo(474, 480, 448, 480);
        body.lineTo(152, 480);
        body.quadTo(126, 480, 130, 455);
        body.closePath();
        g.setPaint(new GradientPaint(130, 0, shade(p.main(), 1.2), 470, 0, shade(p.main(), 0.8)));
        g.fill(body);
        Shape saved = g.getClip();
        g.clip(body);
        // woven band
        g.setColor(p.dark());
        g.fill(new Rectangle2D.Double(100, 330, 400, 70));
        for (double x = 110; x < 500; x += 36) {
            g.setColor(p.second());
            g.fill(diamond(x, 365, 16, 28));
            g.setColor(p.accent());
            g.fill(diamond(x, 365, 7, 12));
        }
        g.setColor(p.accent());
        g.fill(new Rectangle2D.Double(100, 322, 400, 8));
        g.fill(new Rectangle2D.Double(100, 400, 400, 8));
        g.setClip(saved);
        // stitches
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 7f}, 0f));
        g.setColor(alpha(p.light(), 200));
        g.draw(new Line2D.Double(170, 264, 430, 264));
        g.draw(new Line2D.Double(145, 464, 455, 464));
        // front handle with its tabs
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(p.dark());
        g.draw(new Arc2D.Double(205, 150, 190, 230, 10, 160, Arc2D.OPEN));
        g.setColor(shade(p.dark(), 1.2));
        g.fill(new RoundRectangle2D.Double(198, 236, 26, 44, 8, 8));
        g.fill(new RoundRectangle2D.Double(376, 236, 26, 44, 8, 8));
        g.setColor(new Color(0xD9B44A));
        g.fill(new Ellipse2D.Double(206, 262, 10, 10));
        g.fill(new Ellipse2D.Double(384, 262, 10, 10));
    }

    private static void sandals(Graphics2D g, Palette p) {
        shadow(g, 300, 470, 440, 90);
        sandal(g, p, 215, 300, -9, true);
        sandal(g, p, 385, 310, 9, false);
    }

    private static void sandal(Graphics2D g, Palette p, double cx, double cy, double angle, boolean left) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(Math.toRadians(angle));
        if (left) {
            g.scale(-1, 1);
        }
        Path2D sole = new Path2D.Double();
        sole.moveTo(-6, -160);
        sole.curveTo(40, -162, 68, -110, 64, -60);
        sole.curveTo(60, -10, 44, 30, 48, 80);
        sole.curveTo(52, 130, 30, 160, 0, 160);
        sole.curveTo(-30, 160, -50, 130, -48, 85);
        sole.curveTo(-46, 40, -34, 0, -44, -50);
        sole.curveTo(-54, -110, -44, -158, -6, -160);
        sole.closePath();
        // rubber underneath
        AffineTransform down = AffineTransform.getTranslateInstance(0, 10);
        g.setColor(p.dark());
        g.fill(down.createTransformedShape(sole));
        // mendong footbed
        Color straw = mix(new Color(0xCDB07A), p.light(), 0.15);
        g.setPaint(new GradientPaint(-60, 0, shade(straw, 1.08), 60, 0, shade(straw, 0.85)));
        g.fill(sole);
        Shape clip = g.getClip();
        g.clip(sole);
        g.setStroke(new BasicStroke(2));
        for (double y = -170; y < 170; y += 9) {
            g.setColor(new Color(90, 60, 20, 55));
            g.draw(new Line2D.Double(-80, y, 80, y));
            g.setColor(new Color(255, 255, 255, 40));
            for (double x = -80 + ((int) (y / 9) % 2 == 0 ? 0 : 7); x < 80; x += 14) {
                g.draw(new Line2D.Double(x, y + 2, x + 6, y + 2));
            }
        }
        g.setClip(clip);
        g.setStroke(new BasicStroke(3));
        g.setColor(shade(straw, 0.62));
        g.draw(sole);
        // thong strap
        g.setStroke(new BasicStroke(24, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shade(p.main(), 0.8));
        Path2D strap = new Path2D.Double();
        strap.moveTo(-44, -10);
        strap.quadTo(-30, -80, 4, -100);
        strap.quadTo(36, -78, 50, -8);
        g.draw(strap);
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(p.main());
        g.draw(strap);
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 7f}, 0f));
        g.setColor(alpha(p.light(), 200));
        g.draw(strap);
        g.setColor(p.dark());
        g.fill(new Ellipse2D.Double(-8, -112, 22, 22));
        g.setTransform(saved);
    }

    // ---------------------------------------------------------------- rumah-tangga

    private static void home(Graphics2D g, Palette p, int variant, Random rnd) {
        switch (variant) {
            case 0 -> vase(g, p, rnd);
            case 1 -> rug(g, p, rnd);
            case 2 -> tablecloth(g, p);
            default -> mat(g, p);
        }
    }

    private static void vase(Graphics2D g, Palette p, Random rnd) {
        shadow(g, 300, 495, 260, 50);
        // dried stems behind the vase
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double[][] stems = {{300, 90}, {240, 120}, {360, 115}, {200, 175}, {405, 170}, {275, 140}};
        for (double[] s : stems) {
            Path2D stem = new Path2D.Double();
            stem.moveTo(300, 250);
            stem.quadTo((300 + s[0]) / 2, s[1] + 60, s[0], s[1]);
            g.setColor(shade(LEAF_GREENS[1], 0.8));
            g.draw(stem);
            leaf(g, (300 + s[0]) / 2 + (s[0] < 300 ? -14 : 14), (250 + s[1]) / 2, 46, 20,
                    s[0] < 300 ? -40 : 40, LEAF_GREENS[Math.floorMod((int) s[0], LEAF_GREENS.length)]);
            g.setColor(rnd.nextBoolean() ? p.second() : p.accent());
            for (int k = 0; k < 5; k++) {
                double a = k * Math.PI * 2 / 5;
                g.fill(new Ellipse2D.Double(s[0] + 11 * Math.cos(a) - 8, s[1] + 11 * Math.sin(a) - 8, 16, 16));
            }
            g.setColor(p.light());
            g.fill(new Ellipse2D.Double(s[0] - 6, s[1] - 6, 12, 12));
        }
        Path2D v = new Path2D.Double();
        v.moveTo(255, 225);
        v.lineTo(345, 225);
        v.curveTo(340, 250, 332, 262, 336, 285);
        v.curveTo(345, 320, 420, 340, 420, 405);
        v.curveTo(420, 455, 380, 490, 350, 495);
        v.lineTo(250, 495);
        v.curveTo(220, 490, 180, 455, 180, 405);
        v.curveTo(180, 340, 255, 320, 264, 285);
        v.curveTo(268, 262, 260, 250, 255, 225);
        v.closePath();
        g.setPaint(new java.awt.LinearGradientPaint(180, 0, 420, 0, new float[] {0f, 0.35f, 1f},
                new Color[] {shade(p.main(), 0.85), shade(p.main(), 1.3), shade(p.main(), 0.6)}));
        g.fill(v);
        Shape saved = g.getClip();
        g.clip(v);
        g.setColor(p.dark());
        g.fill(new Rectangle2D.Double(170, 345, 260, 14));
        g.fill(new Rectangle2D.Double(170, 455, 260, 10));
        g.setColor(p.light());
        for (double x = 190; x < 420; x += 30) {
            g.fill(diamond(x, 400, 10, 20));
        }
        g.setClip(saved);
        g.setColor(shade(p.main(), 0.55));
        g.fill(new Ellipse2D.Double(255, 218, 90, 16));
    }

    private static void rug(Graphics2D g, Palette p, Random rnd) {
        shadow(g, 300, 330, 500, 340);
        Color[] colors = {p.main(), p.second(), p.accent(), p.light(), p.dark(), shade(p.second(), 0.8)};
        int rings = 8;
        double rx0 = 225;
        double ry0 = 150;
        double step = 26;
        g.setColor(shade(p.dark(), 1.2));
        g.fill(new Ellipse2D.Double(300 - rx0 - 12, 330 - ry0 - 12, 2 * rx0 + 24, 2 * ry0 + 24));
        for (int r = 0; r < rings; r++) {
            double rx = rx0 - r * step;
            double ry = ry0 - r * step * ry0 / rx0;
            if (ry < 10) {
                break;
            }
            Color c = colors[Math.floorMod(r + rnd.nextInt(2), colors.length)];
            double circ = Math.PI * (rx + ry);
            int braids = Math.max(8, (int) (circ / 16));
            for (int k = 0; k < braids; k++) {
                double a = 2 * Math.PI * k / braids;
                double x = 300 + rx * Math.cos(a);
                double y = 330 + ry * Math.sin(a);
                double tangent = Math.atan2(ry * Math.cos(a), -rx * Math.sin(a));
                AffineTransform saved = g.getTransform();
                g.translate(x, y);
                g.rotate(tangent + (k % 2 == 0 ? 0.5 : -0.5));
                Ellipse2D knot = new Ellipse2D.Double(-13, -8, 26, 16);
                g.setPaint(new GradientPaint(0, -8, shade(c, 1.15), 0, 8, shade(c, 0.75)));
                g.fill(knot);
                g.setStroke(new BasicStroke(1.2f));
                g.setColor(new Color(0, 0, 0, 50));
                g.draw(knot);
                g.setTransform(saved);
            }
        }
        g.setPaint(new GradientPaint(0, 312, shade(p.main(), 1.15), 0, 348, shade(p.main(), 0.8)));
        g.fill(new Ellipse2D.Double(300 - 58, 330 - 20, 116, 40));
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 6f}, 0f));
        g.setColor(alpha(p.light(), 200));
        g.draw(new Ellipse2D.Double(300 - 44, 330 - 12, 88, 24));
    }

    private static void tablecloth(Graphics2D g, Palette p) {
        shadow(g, 300, 505, 360, 50);
        // table legs
        g.setColor(new Color(0x6B4226));
        g.fill(new RoundRectangle2D.Double(180, 420, 18, 85, 6, 6));
        g.fill(new RoundRectangle2D.Double(402, 420, 18, 85, 6, 6));
        // draped cloth with pointed ends
        Path2D drape = new Path2D.Double();
        drape.moveTo(110, 300);
        drape.lineTo(490, 300);
        drape.lineTo(500, 420);
        drape.lineTo(430, 450);
        drape.lineTo(370, 430);
        drape.lineTo(300, 462);
        drape.lineTo(230, 430);
        drape.lineTo(170, 450);
        drape.lineTo(100, 420);
        drape.closePath();
        Shape saved = g.getClip();
        g.clip(drape);
        g.setColor(p.main());
        g.fill(new Rectangle2D.Double(90, 290, 420, 180));
        double[] ys = {330, 372, 410};
        for (double y : ys) {
            g.setColor(p.dark());
            g.fill(new Rectangle2D.Double(90, y - 14, 420, 28));
            g.setColor(p.second());
            for (double x = 100; x < 510; x += 30) {
                g.fill(diamond(x, y, 11, 11));
            }
        }
        for (int i = 0; i < 5; i++) {
            double x = 110 + i * 80;
            g.setPaint(new GradientPaint((float) x, 0, new Color(0, 0, 0, 0), (float) (x + 40), 0,
                    new Color(0, 0, 0, 40), true));
            g.fill(new Rectangle2D.Double(x, 290, 80, 180));
        }
        g.setClip(saved);
        // fringe on the points
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(p.main());
        double[][] tips = {{170, 450}, {300, 462}, {430, 450}};
        for (double[] t : tips) {
            for (int k = -3; k <= 3; k++) {
                g.draw(new Line2D.Double(t[0] + k * 4, t[1] - 4, t[0] + k * 5, t[1] + 16));
            }
        }
        // table top seen from above
        Ellipse2D top = new Ellipse2D.Double(110, 262, 380, 76);
        g.setPaint(new GradientPaint(0, 262, shade(p.main(), 1.25), 0, 338, shade(p.main(), 1.0)));
        g.fill(top);
        g.setStroke(new BasicStroke(6));
        g.setColor(p.second());
        g.draw(new Ellipse2D.Double(130, 268, 340, 64));
        // a small teapot
        shadow(g, 300, 300, 120, 26);
        Ellipse2D pot = new Ellipse2D.Double(255, 215, 90, 80);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shade(p.light(), 0.75));
        g.draw(new Arc2D.Double(325, 228, 45, 48, -80, 160, Arc2D.OPEN));
        Path2D spout = new Path2D.Double();
        spout.moveTo(262, 262);
        spout.quadTo(236, 258, 228, 225);
        g.draw(spout);
        g.setPaint(new GradientPaint(255, 0, p.light(), 345, 0, shade(p.light(), 0.72)));
        g.fill(pot);
        g.setColor(p.accent());
        g.fill(new Rectangle2D.Double(257, 250, 86, 8));
        g.setColor(shade(p.light(), 0.7));
        g.fill(new Ellipse2D.Double(290, 204, 20, 16));
    }

    // ---------------------------------------------------------------- cinderamata

    private static void souvenir(Graphics2D g, Palette p, int variant) {
        if (variant == 0) {
            keychain(g, p);
        } else {
            shadow(g, 300, 505, 260, 40);
            // banana-trunk stand (gedebog)
            g.setPaint(new GradientPaint(0, 470, new Color(0x9BB06A), 0, 510, new Color(0x5E7340)));
            g.fill(new RoundRectangle2D.Double(170, 470, 260, 40, 36, 36));
            g.setColor(new Color(0x4E6134));
            g.setStroke(new BasicStroke(2));
            for (double x = 190; x < 420; x += 22) {
                g.draw(new Line2D.Double(x, 476, x + 6, 504));
            }
            // the stick (gapit)
            g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0x3D2416));
            g.draw(new Line2D.Double(300, 90, 300, 480));
            gunungan(g, p, 300, 440, 340);
        }
    }

    private static void keychain(Graphics2D g, Palette p) {
        shadow(g, 300, 510, 240, 36);
        Color steel = new Color(0xA8ADB3);
        g.setStroke(new BasicStroke(9));
        g.setPaint(new GradientPaint(250, 60, new Color(0xE3E6E9), 350, 150, new Color(0x7D838A)));
        g.draw(new Ellipse2D.Double(255, 48, 90, 90));
        g.setStroke(new BasicStroke(6));
        g.setColor(steel);
        for (int i = 0; i < 3; i++) {
            double y = 132 + i * 20;
            if (i % 2 == 0) {
                g.draw(new Ellipse2D.Double(292, y, 16, 26));
            } else {
                g.draw(new Ellipse2D.Double(288, y + 4, 24, 18));
            }
        }
        // tassel behind the pendant
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(p.accent());
        for (int k = -5; k <= 5; k++) {
            g.draw(new Line2D.Double(300, 470, 300 + k * 5, 540));
        }
        g.fill(new Ellipse2D.Double(290, 462, 20, 20));
        gunungan(g, p, 300, 470, 290);
    }

    /** The gunungan (kayon) of wayang: a pointed tree-of-life silhouette, its base at (cx, baseY). */
    private static void gunungan(Graphics2D g, Palette p, double cx, double baseY, double h) {
        Path2D s = gununganShape(cx, baseY, h, 1.0);
        g.setPaint(new GradientPaint((float) cx, (float) (baseY - h), shade(p.main(), 1.2), (float) cx,
                (float) baseY, shade(p.main(), 0.75)));
        g.fill(s);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(p.second());
        g.draw(s);
        Path2D inner = gununganShape(cx, baseY - h * 0.06, h * 0.86, 0.92);
        g.setStroke(new BasicStroke(3));
        g.setColor(p.dark());
        g.draw(inner);
        // punched holes (tatah) along the inner line
        g.setColor(alpha(p.light(), 230));
        double ih = h * 0.86;
        for (double t = 0.08; t < 0.95; t += 0.055) {
            double y = baseY - h * 0.06 - ih * t;
            double half = halfWidth(t) * ih * 0.92 - 12;
            if (half > 6) {
                g.fill(new Ellipse2D.Double(cx - half - 3, y - 3, 6, 6));
                g.fill(new Ellipse2D.Double(cx + half - 3, y - 3, 6, 6));
            }
        }
        // tree with branches
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(p.dark());
        double trunkTop = baseY - h * 0.82;
        double trunkBottom = baseY - h * 0.2;
        g.draw(new Line2D.Double(cx, trunkBottom, cx, trunkTop));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 5; i++) {
            double y = trunkBottom - (trunkBottom - trunkTop) * (0.15 + i * 0.17);
            double reach = h * (0.24 - i * 0.035);
            for (int side = -1; side <= 1; side += 2) {
                Path2D br = new Path2D.Double();
                br.moveTo(cx, y);
                br.quadTo(cx + side * reach * 0.6, y - 6, cx + side * reach, y - reach * 0.55);
                g.draw(br);
                g.setColor(p.accent());
                g.fill(new Ellipse2D.Double(cx + side * reach - 7, y - reach * 0.55 - 7, 14, 14));
                g.setColor(p.dark());
            }
        }
        // the gate (gapura) at the foot
        double gw = h * 0.26;
        double gh = h * 0.16;
        g.setColor(p.dark());
        g.fill(new RoundRectangle2D.Double(cx - gw / 2, baseY - gh - 4, gw, gh, 10, 10));
        g.setColor(p.second());
        g.fill(new Rectangle2D.Double(cx - gw * 0.18, baseY - gh * 0.8, gw * 0.36, gh * 0.8 - 4));
        g.setColor(p.dark());
        g.fill(new Rectangle2D.Double(cx - 2, baseY - gh * 0.8, 4, gh * 0.8 - 4));
    }

    /** Half width of the gunungan at height fraction t (0 base, 1 tip), as a fraction of its height. */
    private static double halfWidth(double t) {
        if (t < 0.3) {
            return 0.30 + t * 0.5;
        }
        double u = (t - 0.3) / 0.7;
        return 0.45 * Math.sqrt(Math.max(0, 1 - u * u)) * (1 - 0.35 * u);
    }

    private static Path2D gununganShape(double cx, double baseY, double h, double widthScale) {
        Path2D s = new Path2D.Double();
        int steps = 40;
        s.moveTo(cx, baseY - h);
        for (int i = steps; i >= 0; i--) {
            double t = (double) i / steps;
            s.lineTo(cx + halfWidth(t) * h * widthScale, baseY - h * t);
        }
        s.lineTo(cx - halfWidth(0) * h * widthScale, baseY);
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            s.lineTo(cx - halfWidth(t) * h * widthScale, baseY - h * t);
        }
        s.closePath();
        return s;
    }

    // ---------------------------------------------------------------- kecantikan

    private static void beauty(Graphics2D g, Palette p, int variant, Random rnd) {
        // leaves behind
        leaf(g, 170, 250, 190, 70, -35, LEAF_GREENS[0]);
        leaf(g, 440, 240, 180, 64, 30, LEAF_GREENS[2]);
        leaf(g, 380, 190, 150, 52, -70, LEAF_GREENS[1]);
        if (rnd.nextBoolean()) {
            leaf(g, 220, 190, 140, 48, -110, LEAF_GREENS[3]);
        }
        Color soapColor = mix(p.second(), p.light(), 0.45);
        if (variant == 0 || variant == 1) {
            shadow(g, 300, 455, 420, 70);
        }
        if (variant == 0) {
            bar(g, 300, 330, 300, 150, 44, soapColor, p);
        } else if (variant == 2) {
            shadow(g, 300, 492, 260, 50);
            oilBottle(g, p, 300, 490);
        } else if (variant == 3) {
            shadow(g, 300, 492, 340, 60);
            pot(g, p, 300, 490, soapColor);
        } else {
            bar(g, 300, 360, 300, 140, 40, mix(p.accent(), p.light(), 0.4), p);
            bar(g, 300, 250, 270, 126, 38, soapColor, p);
            // twine around both
            g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0xB08A5A));
            g.draw(new Line2D.Double(300, 187, 300, 452));
            g.draw(new Ellipse2D.Double(284, 180, 16, 12));
            g.draw(new Ellipse2D.Double(300, 180, 16, 12));
        }
        // flowers and bubbles
        flower(g, 470, 430, 22, p.accent(), p.light());
        flower(g, 130, 420, 18, p.main(), p.light());
        g.setStroke(new BasicStroke(2.5f));
        for (int i = 0; i < 6; i++) {
            double r = 8 + rnd.nextInt(14);
            double x = 120 + rnd.nextInt(360);
            double y = 80 + rnd.nextInt(90);
            g.setColor(new Color(255, 255, 255, 150));
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.setColor(new Color(255, 255, 255, 110));
            g.fill(new Ellipse2D.Double(x - r * 0.45, y - r * 0.55, r * 0.4, r * 0.3));
        }
    }

    /** A small amber bottle with a dropper, its bottom centre at (cx, baseY). */
    private static void oilBottle(Graphics2D g, Palette p, double cx, double baseY) {
        Color amber = new Color(0xB5651D);
        RoundRectangle2D body = new RoundRectangle2D.Double(cx - 75, baseY - 210, 150, 210, 40, 40);
        g.setPaint(new GradientPaint((float) (cx - 75), 0, shade(amber, 1.25), (float) (cx + 75), 0, shade(amber, 0.6)));
        g.fill(body);
        g.setColor(new Color(255, 255, 255, 90));
        g.fill(new RoundRectangle2D.Double(cx - 60, baseY - 190, 14, 160, 14, 14));
        g.setColor(shade(amber, 0.8));
        g.fill(new RoundRectangle2D.Double(cx - 30, baseY - 240, 60, 40, 10, 10));
        // dropper collar and bulb
        g.setPaint(new GradientPaint((float) (cx - 36), 0, shade(p.dark(), 1.5), (float) (cx + 36), 0, p.dark()));
        g.fill(new RoundRectangle2D.Double(cx - 38, baseY - 272, 76, 40, 12, 12));
        g.fill(new RoundRectangle2D.Double(cx - 22, baseY - 350, 44, 90, 40, 40));
        // label
        RoundRectangle2D label = new RoundRectangle2D.Double(cx - 60, baseY - 150, 120, 100, 16, 16);
        g.setColor(p.light());
        g.fill(label);
        g.setStroke(new BasicStroke(3));
        g.setColor(p.accent());
        g.draw(new RoundRectangle2D.Double(cx - 53, baseY - 143, 106, 86, 12, 12));
        leaf(g, cx, baseY - 100, 64, 28, -30, LEAF_GREENS[1]);
        // a drop
        Path2D drop = new Path2D.Double();
        drop.moveTo(cx + 110, baseY - 300);
        drop.curveTo(cx + 125, baseY - 270, cx + 132, baseY - 258, cx + 122, baseY - 248);
        drop.curveTo(cx + 114, baseY - 240, cx + 98, baseY - 248, cx + 98, baseY - 262);
        drop.curveTo(cx + 98, baseY - 272, cx + 104, baseY - 282, cx + 110, baseY - 300);
        g.setPaint(new GradientPaint((float) (cx + 98), 0, new Color(0xF2C14E), (float) (cx + 130), 0, amber));
        g.fill(drop);
    }

    /** A squat cosmetic pot with its lid off, showing the cream or scrub; bottom centre at (cx, baseY). */
    private static void pot(Graphics2D g, Palette p, double cx, double baseY, Color cream) {
        // lid leaning at the back
        AffineTransform saved = g.getTransform();
        g.translate(cx + 110, baseY - 150);
        g.rotate(Math.toRadians(12));
        g.setPaint(new GradientPaint(-80, 0, shade(p.main(), 1.2), 80, 0, shade(p.main(), 0.75)));
        g.fill(new Ellipse2D.Double(-80, -80, 160, 160));
        g.setStroke(new BasicStroke(6));
        g.setColor(shade(p.main(), 0.6));
        g.draw(new Ellipse2D.Double(-70, -70, 140, 140));
        leaf(g, 0, 0, 70, 30, -30, p.light());
        g.setTransform(saved);
        // jar body
        Path2D body = new Path2D.Double();
        body.moveTo(cx - 120, baseY - 130);
        body.lineTo(cx + 120, baseY - 130);
        body.lineTo(cx + 112, baseY - 14);
        body.quadTo(cx + 110, baseY, cx + 92, baseY);
        body.lineTo(cx - 92, baseY);
        body.quadTo(cx - 110, baseY, cx - 112, baseY - 14);
        body.closePath();
        g.setPaint(new GradientPaint((float) (cx - 120), 0, p.light(), (float) (cx + 120), 0, shade(p.light(), 0.78)));
        g.fill(body);
        g.setColor(p.accent());
        g.fill(new Rectangle2D.Double(cx - 116, baseY - 90, 232, 30));
        g.setColor(p.light());
        for (double x = cx - 95; x < cx + 110; x += 38) {
            g.fill(diamond(x, baseY - 75, 8, 10));
        }
        // opening with the cream inside
        g.setColor(shade(p.light(), 0.7));
        g.fill(new Ellipse2D.Double(cx - 120, baseY - 150, 240, 42));
        g.setPaint(new GradientPaint(0, (float) (baseY - 146), shade(cream, 1.2), 0, (float) (baseY - 112), shade(cream, 0.85)));
        g.fill(new Ellipse2D.Double(cx - 108, baseY - 146, 216, 34));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shade(cream, 1.3));
        Path2D swirl = new Path2D.Double();
        swirl.moveTo(cx - 50, baseY - 128);
        swirl.quadTo(cx, baseY - 146, cx + 40, baseY - 130);
        swirl.quadTo(cx + 10, baseY - 120, cx - 20, baseY - 130);
        g.draw(swirl);
    }

    /** A soap bar seen a little from above: top face centred at (cx, cy), with a side of depth d. */
    private static void bar(Graphics2D g, double cx, double cy, double w, double h, double d, Color c, Palette p) {
        double x = cx - w / 2;
        double y = cy - h / 2;
        RoundRectangle2D topFace = new RoundRectangle2D.Double(x, y, w, h, 60, 60);
        RoundRectangle2D bottom = new RoundRectangle2D.Double(x, y + d, w, h, 60, 60);
        Area side = new Area(bottom);
        side.add(new Area(new Rectangle2D.Double(x, cy, w, d)));
        g.setColor(shade(c, 0.72));
        g.fill(side);
        g.setPaint(new GradientPaint((float) x, (float) y, shade(c, 1.1), (float) (x + w), (float) (y + h), shade(c, 0.92)));
        g.fill(topFace);
        // embossed frame and leaf
        RoundRectangle2D frame = new RoundRectangle2D.Double(x + 22, y + 18, w - 44, h - 36, 40, 40);
        g.setStroke(new BasicStroke(4));
        g.setColor(shade(c, 0.8));
        g.draw(frame);
        g.setColor(shade(c, 1.15));
        AffineTransform saved = g.getTransform();
        g.translate(1.5, 2);
        g.draw(frame);
        g.setTransform(saved);
        Color emboss = shade(c, 0.82);
        leaf(g, cx, cy, Math.min(w, h) * 0.55, Math.min(w, h) * 0.22, -25, emboss);
        g.setColor(alpha(p.dark(), 30));
        g.setStroke(new BasicStroke(2));
        g.draw(topFace);
    }

    private static void flower(Graphics2D g, double cx, double cy, double r, Color petal, Color heart) {
        for (int k = 0; k < 5; k++) {
            double a = -Math.PI / 2 + k * 2 * Math.PI / 5;
            g.setColor(petal);
            g.fill(new Ellipse2D.Double(cx + r * 0.8 * Math.cos(a) - r * 0.6, cy + r * 0.8 * Math.sin(a) - r * 0.6,
                    r * 1.2, r * 1.2));
        }
        g.setColor(new Color(0xF2C14E));
        g.fill(new Ellipse2D.Double(cx - r * 0.4, cy - r * 0.4, r * 0.8, r * 0.8));
        g.setColor(alpha(heart, 160));
        g.fill(new Ellipse2D.Double(cx - r * 0.2, cy - r * 0.3, r * 0.25, r * 0.2));
    }

    // ---------------------------------------------------------------- unknown category

    private static void abstractPattern(Graphics2D g, Palette p, Random rnd) {
        Color[] colors = {p.main(), p.second(), p.accent(), p.dark(), p.light()};
        for (int i = 0; i < 7; i++) {
            double r = 200 - i * 26;
            g.setColor(alpha(colors[i % colors.length], 200));
            g.fill(new Ellipse2D.Double(300 - r, 300 - r, 2 * r, 2 * r));
        }
        g.setColor(alpha(p.light(), 180));
        for (int i = 0; i < 12; i++) {
            double a = i * Math.PI / 6 + rnd.nextDouble() * 0.1;
            g.fill(diamond(300 + 230 * Math.cos(a), 300 + 230 * Math.sin(a), 14, 22));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void leaf(Graphics2D g, double cx, double cy, double length, double width, double angleDeg, Color c) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(Math.toRadians(angleDeg));
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(-length / 2, 0);
        leaf.quadTo(0, -width, length / 2, 0);
        leaf.quadTo(0, width, -length / 2, 0);
        leaf.closePath();
        g.setPaint(new GradientPaint(0, (float) -width / 2, shade(c, 1.15), 0, (float) width / 2, shade(c, 0.85)));
        g.fill(leaf);
        g.setStroke(new BasicStroke((float) Math.max(1.5, width / 18), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shade(c, 1.35));
        g.draw(new Line2D.Double(-length / 2 + 4, 0, length / 2 - 8, 0));
        for (int i = 1; i < 4; i++) {
            double x = -length / 2 + i * length / 4;
            g.draw(new Line2D.Double(x, 0, x + length / 10, -width * 0.3));
            g.draw(new Line2D.Double(x, 0, x + length / 10, width * 0.3));
        }
        g.setTransform(saved);
    }

    private static Shape diamond(double cx, double cy, double hw, double hh) {
        Path2D d = new Path2D.Double();
        d.moveTo(cx, cy - hh);
        d.lineTo(cx + hw, cy);
        d.lineTo(cx, cy + hh);
        d.lineTo(cx - hw, cy);
        d.closePath();
        return d;
    }

    /** An irregular rounded blob (a chip), rotated by angle. */
    private static Shape blob(double cx, double cy, double w, double h, double angle, Random rnd) {
        int n = 7;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double j = 0.82 + rnd.nextDouble() * 0.3;
            xs[i] = Math.cos(a) * w / 2 * j;
            ys[i] = Math.sin(a) * h / 2 * j;
        }
        Path2D path = new Path2D.Double();
        path.moveTo((xs[n - 1] + xs[0]) / 2, (ys[n - 1] + ys[0]) / 2);
        for (int i = 0; i < n; i++) {
            int next = (i + 1) % n;
            path.quadTo(xs[i], ys[i], (xs[i] + xs[next]) / 2, (ys[i] + ys[next]) / 2);
        }
        path.closePath();
        AffineTransform t = AffineTransform.getTranslateInstance(cx, cy);
        t.rotate(angle);
        t.scale(1, 0.8);
        return t.createTransformedShape(path);
    }

    private static Palette palette(int bgTop, int bgBottom, int main, int second, int accent, int dark, int light) {
        return new Palette(new Color(bgTop), new Color(bgBottom), new Color(main), new Color(second),
                new Color(accent), new Color(dark), new Color(light));
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        h *= 0x846ca68b;
        h ^= h >>> 16;
        return h;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    private static Color shade(Color c, double f) {
        return new Color(clamp(c.getRed() * f), clamp(c.getGreen() * f), clamp(c.getBlue() * f), c.getAlpha());
    }

    private static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
