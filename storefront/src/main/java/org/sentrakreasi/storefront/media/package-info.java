/** Product photos on disk under the data directory. */
package org.sentrakreasi.storefront.media;
