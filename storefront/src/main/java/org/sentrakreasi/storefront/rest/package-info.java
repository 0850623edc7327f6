/** JAX-RS resources and problem+json error mapping of the public HTTP API. */
package org.sentrakreasi.storefront.rest;
