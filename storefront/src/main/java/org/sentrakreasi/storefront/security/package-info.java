/** Authentication (form for pages, HTTP Basic for the API), roles and secure response headers. */
package org.sentrakreasi.storefront.security;
