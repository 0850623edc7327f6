/** Vocational bounded context: units, programmes, cohorts and beneficiaries, whose data is private. */
package org.sentrakreasi.vocational;
