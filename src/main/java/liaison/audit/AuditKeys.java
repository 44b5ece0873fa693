package liaison.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The Ed25519 key that signs audit checkpoints, kept in a file outside the database (Java's own {@code Ed25519}).
 * The file, made on first use readable by its owner only, holds two lines: {@code private-key: } the PKCS#8 key
 * and {@code public-key: } the X.509 public key, both Base64. The key id is the first 16 hex digits of the SHA-256
 * of the public key's bytes.
 */
public final class AuditKeys {
    static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE = "private-key:";
    private static final String PUBLIC = "public-key:";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private AuditKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key in {@code file}, made there (owner-only) when there is none yet. */
    public static AuditKeys loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(value(lines, PRIVATE, file)));
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(value(lines, PUBLIC, file)));
            return new AuditKeys(priv, pub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit key file " + file + " holds no valid Ed25519 key", e);
        }
    }

    /**
     * A public key as {@link #publicKeyText()} prints it, alone or on a {@code public-key:} line of a key file
     * (so a copy of the public key, or the key file itself, can be given to verify with).
     */
    public static PublicKey readPublicKey(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            byte[] bytes = lines.stream().anyMatch(l -> l.startsWith(PUBLIC)) ? value(lines, PUBLIC, file)
                    : Base64.getDecoder().decode(lines.stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("-----")).reduce("", String::concat));
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The file " + file + " holds no Ed25519 public key", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as Base64 of its X.509 encoding: what the audit page shows and the command prints. */
    public String publicKeyText() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String keyId() {
        return keyId(publicKey);
    }

    static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean valid(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        String text = "# Liaison audit checkpoint signing key (Ed25519). Keep it secret and back it up; "
                + "anyone holding it can sign checkpoints.\n"
                + PRIVATE + " " + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + PUBLIC + " " + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another instance made it first: use theirs
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static byte[] value(List<String> lines, String name, Path file) {
        return lines.stream().filter(l -> l.startsWith(name)).findFirst()
                .map(l -> Base64.getDecoder().decode(l.substring(name.length()).strip()))
                .orElseThrow(() -> new IllegalArgumentException("The key file " + file + " has no " + name + " line"));
    }
}
