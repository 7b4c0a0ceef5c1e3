package dk.tegn.core.faces;

import dk.tegn.i18n.Messages;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * The converter of every field where people type a date ({@code converter="tegn.localDate"} with
 * {@code pattern="#{localDateInput.pattern}"} on a date picker): reads what {@link TypedDates}
 * reads, shows the user's language's pattern, and says in that language how to write a date it
 * cannot read.
 */
@Named
@Dependent
@FacesConverter(value = "tegn.localDate", managed = true)
public class LocalDateInput implements Converter<LocalDate> {

  private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 20);

  @Inject LocaleBacking locale;

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    try {
      return TypedDates.parse(value, locale.getLocale());
    } catch (IllegalArgumentException e) {
      String text =
          Messages.get(Messages.PLATFORM, locale.getLocale(), "date.invalid", getExample());
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return TypedDates.format(value, locale.getLocale());
  }

  /** For the date picker's {@code pattern}: the same as the converter's. */
  public String getPattern() {
    return TypedDates.pattern(locale.getLocale());
  }

  /** A date written the expected way, for placeholders and messages (its day cannot be a month). */
  public String getExample() {
    return TypedDates.format(EXAMPLE, locale.getLocale());
  }
}
