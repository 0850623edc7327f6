/**
 * Backing beans of the coordinator's cohort pages under /akun/kohort: the cohort list and the
 * new-cohort form, a cohort's detail (trainees, sessions, export), a session's attendance sheet
 * and a trainee's assessments. They call the vocational application services with the signed-in
 * {@code Staff}; other units' records end on the friendly 403 page.
 */
package org.sentrakreasi.storefront.web.account.cohorts;
