/** Faces backing beans, converters and servlets of the pages. */
package org.sentrakreasi.storefront.web;
