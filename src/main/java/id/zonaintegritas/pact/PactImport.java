package id.zonaintegritas.pact;

import java.io.Serializable;

/**
 * What an import stored; shown after the redirect, so kept in the session as a flash
 * attribute.
 *
 * @param imported how many signings
 * @param encoding how the file was read ("UTF-8" or "Windows-1252"), for the user to
 * check
 */
public record PactImport(int imported, String encoding) implements Serializable {
}
