/** Vocational aggregates and their repository ports. */
package org.sentrakreasi.vocational.domain;
