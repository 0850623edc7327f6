/** What a refused commit means to the people and clients who caused it. */
package org.sentrakreasi.storefront.transactions;
