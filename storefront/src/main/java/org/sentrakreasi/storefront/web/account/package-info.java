/** Backing beans of the signed-in pages under /akun: listings, moderation, import. */
package org.sentrakreasi.storefront.web.account;
