/** What happens when the application starts: migrations, then demo data. */
package org.sentrakreasi.storefront.startup;
