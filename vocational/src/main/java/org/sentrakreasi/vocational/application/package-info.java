/** Vocational use cases and queries; the only vocational package web and REST adapters may import. */
package org.sentrakreasi.vocational.application;
