package id.zonaintegritas.onboarding;

import java.io.Serializable;

/**
 * What an import created (kept in the session for the page after the redirect).
 *
 * @param kind what was imported
 * @param created how many institutions, units, accounts or teams
 * @param format how the file was read
 */
public record ImportResult(ImportKind kind, int created, String format) implements Serializable {
}
