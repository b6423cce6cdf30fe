/**
 * What every module may use: the actor of a command, the predicates WBK and WBBM, and the
 * typed exceptions that carry a message key, so that a broken rule reaches the user in
 * their language. Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@id.zonaintegritas.shared.ModuleData(tables = "public_data_version")
package id.zonaintegritas.shared;
