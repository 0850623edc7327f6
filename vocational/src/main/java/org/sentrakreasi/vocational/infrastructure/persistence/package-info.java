/** JPA adapters implementing the vocational repository ports. */
package org.sentrakreasi.vocational.infrastructure.persistence;
