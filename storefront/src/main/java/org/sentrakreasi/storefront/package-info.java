/** The web application: Faces pages, REST API, security, configuration and startup. */
package org.sentrakreasi.storefront;
