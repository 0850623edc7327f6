package org.sentrakreasi.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The checkout contention command (README.md): per round a fresh product with a little stock, many
 * buyers ordering it at the same instant, then the count of orders and the stock left. Exits 1
 * unless every round placed exactly as many orders as there was stock and left stock 0: a benchmark
 * that oversold must not pass for a slow one.
 */
public final class ContentionBench {

    private ContentionBench() {
    }

    public static void main(String[] args) {
        BenchCommand.report(args, ContentionOptions::parse, ContentionOptions.USAGE, false, ContentionBench::run);
    }

    static ContentionReport run(ContentionOptions options) throws IOException, InterruptedException {
        ApiClient api = new ApiClient(options.baseUrl(), options.coordinator());
        ContendedProduct products = new ContendedProduct(api);
        // Names differ per run, so that products of earlier runs on the same data are not confused with these.
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<ContentionRound> warmUp = new ArrayList<>();
        List<ContentionRound> measured = new ArrayList<>();
        int total = options.warmUpRounds() + options.rounds();
        for (int i = 0; i < total; i++) {
            boolean warming = i < options.warmUpRounds();
            String label = warming ? "warm-up " + (i + 1) : "round " + (i - options.warmUpRounds() + 1);
            String productId = products.publish("Tas Rebutan " + run + " " + (i + 1), options.stock());
            List<CheckoutRush.Answer> answers = new CheckoutRush(options.baseUrl(), options.buyers()).run(productId);
            ContentionRound round = new ContentionRound(label, productId, options.stock(), answers,
                    ContendedProduct.stockOf(api, productId));
            System.out.println(round.line());
            (warming ? warmUp : measured).add(round);
        }
        return new ContentionReport(options, warmUp, measured);
    }
}
