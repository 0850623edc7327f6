/**
 * In-memory test doubles of the catalog's persistence ports, for tests of application behaviour
 * that do not claim to test the database (the JPA adapters are covered in the container, on H2
 * and PostgreSQL). Shared with the storefront's tests through the test-jar.
 */
package org.sentrakreasi.catalog.testing;
