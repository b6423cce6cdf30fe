package id.zonaintegritas.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Delivers the outbox and writes the reminders on a schedule; tests switch it off
 * ({@code portal.mail.scheduling=false}) and call {@link MailDelivery} and
 * {@link MailReminders} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "portal.mail.scheduling", matchIfMissing = true)
class MailScheduling {

}
