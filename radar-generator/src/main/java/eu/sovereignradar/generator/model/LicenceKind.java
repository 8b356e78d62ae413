package eu.sovereignradar.generator.model;

/** How open a licence expression is, as readers and the sovereignty score care about it. */
public enum LicenceKind {
  /** Every way to use the software is under OSI-approved licences (for OR, at least one branch). */
  OPEN_SOURCE,
  /** An open-source core combined (AND) with proprietary parts. */
  OPEN_CORE,
  /** Source is published under a licence that is not open source (BUSL-1.1, SSPL-1.0, ...). */
  SOURCE_AVAILABLE,
  /** Closed or commercial terms only. */
  PROPRIETARY
}
