/** Reading listing import files (RFC 4180 CSV, UTF-8) with Apache Commons CSV. */
package org.sentrakreasi.catalog.infrastructure.csv;
