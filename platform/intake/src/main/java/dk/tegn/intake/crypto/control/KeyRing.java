package dk.tegn.intake.crypto.control;

import com.google.crypto.tink.KeysetHandle;
import dk.tegn.core.problem.RuleViolationException;
import dk.tegn.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds the intake keyset and the cipher made from it. Where the keyset comes from, first found:
 *
 * <ol>
 *   <li>{@code tegn.intake.keyset}: a Tink JSON keyset in configuration (production: the
 *       environment variable TEGN_INTAKE_KEYSET, from a secret store);
 *   <li>{@code tegn.intake.keyset.file}: a file; when it does not exist yet, a keyset is generated
 *       into it once (the embedded default passes its data folder). Default {@code
 *       ~/.tegn/intake-keyset.json}.
 * </ol>
 *
 * Generation is logged with the file's path, never the key. Losing the keyset loses every
 * referral's details: back it up apart from the database.
 */
@ApplicationScoped
public class KeyRing {

  private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

  @Inject
  @ConfigProperty(name = "tegn.intake.keyset")
  Optional<String> configuredKeyset;

  @Inject
  @ConfigProperty(name = "tegn.intake.keyset.file")
  Optional<String> configuredFile;

  private final AtomicReference<FieldCipher> cipher = new AtomicReference<>();
  private Path file;

  /** For tests: a ring on a given keyset, kept in {@code file} when not null. */
  public static KeyRing of(KeysetHandle keyset, Path file) {
    KeyRing ring = new KeyRing();
    ring.file = file;
    ring.cipher.set(new FieldCipher(keyset));
    return ring;
  }

  @PostConstruct
  void load() {
    Optional<String> inline = configuredKeyset.filter(s -> !s.isBlank());
    if (inline.isPresent()) {
      cipher.set(new FieldCipher(Keysets.parse(inline.get())));
      LOG.info("intake keyset read from configuration (tegn.intake.keyset)");
      return;
    }
    file =
        Path.of(
            configuredFile
                .filter(s -> !s.isBlank())
                .orElse(
                    Path.of(System.getProperty("user.home"), ".tegn", "intake-keyset.json")
                        .toString()));
    cipher.set(new FieldCipher(readOrCreate(file)));
  }

  static KeysetHandle readOrCreate(Path file) {
    if (Files.exists(file)) {
      LOG.info(() -> "intake keyset read from " + file);
      return Keysets.read(file);
    }
    KeysetHandle generated = Keysets.generate();
    Keysets.write(generated, file, false);
    LOG.warning(
        () ->
            "generated a new intake keyset in "
                + file
                + " (readable by its owner only). Back it up apart from the database: without it"
                + " referral details cannot be read.");
    return generated;
  }

  public FieldCipher cipher() {
    return cipher.get();
  }

  /**
   * Adds a new primary key and returns its id; ciphertexts under older keys stay readable until the
   * re-encryption job has moved them. A keyset given in configuration cannot be changed from here:
   * rotate it where it is kept and restart.
   */
  public synchronized long rotate() {
    if (file == null) {
      throw new RuleViolationException(Messages.INTAKE, "intake.keys.rotate.configured");
    }
    KeysetHandle rotated = Keysets.rotated(cipher.get().keyset());
    Keysets.write(rotated, file, true);
    FieldCipher next = new FieldCipher(rotated);
    cipher.set(next);
    LOG.info(() -> "intake keyset rotated; new primary key id " + next.primaryKeyId());
    return next.primaryKeyId();
  }
}
