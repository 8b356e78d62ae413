package eu.sovereignradar.generator;

/**
 * The formats a report can be printed in: people's text, and the machine formats of the CI systems
 * (GitHub workflow commands, JSON, GitLab Code Quality, SARIF). Lower case, because the CLI's
 * {@code --format} and the Maven plugin take these names as they are.
 */
public enum ReportFormat {
  text,
  github,
  json,
  gitlab,
  sarif
}
