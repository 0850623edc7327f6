/**
 * Backing beans of the beneficiary registry under /akun/penerima: search, registration, a
 * person's record with the consent screen and the public maker profile. Private data: the
 * services audit every read; nothing private goes into a URL (searches are POSTs, links carry the
 * opaque id only).
 */
package org.sentrakreasi.storefront.web.account.beneficiaries;
