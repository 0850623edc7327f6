/** Technical adapters of the vocational context. */
package org.sentrakreasi.vocational.infrastructure;
