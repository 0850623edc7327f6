/** MicroProfile Health checks. */
package org.sentrakreasi.storefront.health;
