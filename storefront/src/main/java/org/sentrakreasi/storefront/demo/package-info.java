/** Demo data for the embedded run: units, makers, products with drawn pictures, demo accounts. */
package org.sentrakreasi.storefront.demo;
