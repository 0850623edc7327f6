/** Photo processing with ImageIO (plus the TwelveMonkeys WebP reader) and Thumbnailator. */
package org.sentrakreasi.catalog.infrastructure.media;
