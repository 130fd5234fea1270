package me.snaq.inventory.shared.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Builds localized {@link Problem} bodies. Titles and details come from the {@code
 * messages/problems} bundle: English, and Japanese for {@code ja}.
 */
@ApplicationScoped
public class ProblemFactory {
  private static final String BUNDLE = "messages.problems";
  private static final String TYPE_BASE = "https://inventory.snaq.me/problems/";

  public Problem create(
      ErrorCode code,
      Object[] arguments,
      List<FieldError> errors,
      Locale locale,
      String requestId) {
    ResourceBundle bundle = bundle(locale);
    String detail = format(text(bundle, code.name() + ".detail"), arguments, locale);
    return new Problem(
        TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        text(bundle, code.name() + ".title"),
        code.status(),
        detail,
        requestId == null ? null : "urn:request-id:" + requestId,
        code.name(),
        errors,
        List.of());
  }

  /** The problem of a business exception, as the error mapper would answer it. */
  public Problem of(ApplicationException e, Locale locale, String requestId) {
    List<FieldError> errors = e.errors();
    if (e instanceof ValidationFailedException invalid) {
      errors =
          List.of(
              new FieldError(
                  invalid.field(),
                  fieldMessage(invalid.messageKey(), locale, invalid.messageArguments())));
    }
    Problem problem = create(e.code(), e.arguments(), errors, locale, requestId);
    return e.lines().isEmpty() ? problem : withLines(problem, e.lines());
  }

  private static Problem withLines(Problem p, List<ShortLine> lines) {
    return new Problem(
        p.type(), p.title(), p.status(), p.detail(), p.instance(), p.code(), p.errors(), lines);
  }

  /** A VALIDATION_FAILED problem for bean-validation violations of one object. */
  public Problem invalid(
      Set<? extends ConstraintViolation<?>> violations, Locale locale, String requestId) {
    List<FieldError> errors =
        violations.stream()
            .map(v -> new FieldError(ViolationPaths.of(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return create(ErrorCode.VALIDATION_FAILED, new Object[0], errors, locale, requestId);
  }

  /** A localized message for a field error, from the {@code field.<key>} entries. */
  public String fieldMessage(String key, Locale locale, Object... arguments) {
    return format(text(bundle(locale), "field." + key), arguments, locale);
  }

  /** Returns the bundle for the best supported language: Japanese or English. */
  public static Locale supported(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("ja".equals(locale.getLanguage())) {
        return Locale.JAPANESE;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static String format(String pattern, Object[] arguments, Locale locale) {
    if (arguments == null || arguments.length == 0) {
      return pattern.replace("''", "'");
    }
    // ids and quantities read as sent: 4073601, never 4,073,601
    Object[] plain = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      plain[i] = arguments[i] instanceof Number number ? number.toString() : arguments[i];
    }
    return new MessageFormat(pattern, locale).format(plain);
  }
}
