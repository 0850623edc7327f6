package org.sentrakreasi.vocational.domain;

/** Kinds of service unit: a ministry Balai or Loka, or a partner social-welfare institution (LKS). */
public enum UnitType {
    BALAI, LOKA, LKS
}
