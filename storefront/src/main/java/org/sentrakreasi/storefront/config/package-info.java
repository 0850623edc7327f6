/** Configuration keys, the datasource and shared producers. */
package org.sentrakreasi.storefront.config;
