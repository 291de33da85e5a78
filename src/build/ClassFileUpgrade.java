import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step: rewrites the Java 5 class files in the application jar (picocli's) as Java 8 class files
 * with stack map frames, computed by ASM. Nothing else in them changes.
 *
 * <p>Why: the JVM cannot check a class file older than Java 6 when it writes the start-up archive, so
 * it checks every such class again, with the old and slower verifier, at each start: about 20 ms of
 * picocli's start-up on the machine we measured. With frames, the check is done once, at build time.
 *
 * <p>Every rewritten class is then loaded and initialised from the new jar, which makes the JVM verify
 * it; any failure stops the build and leaves the jar as it was.
 *
 * <pre>java -cp ASM_JAR src/build/ClassFileUpgrade.java JAR</pre>
 */
public final class ClassFileUpgrade {
    /** Class files before this major version (Java 6) carry no stack map frames. */
    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp ASM_JAR ClassFileUpgrade.java JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path temp = jar.resolveSibling(jar.getFileName() + ".upgrade");
        List<String> upgraded = new ArrayList<>();
        try {
            try (URLClassLoader hierarchy = loader(jar);
                    ZipFile in = new ZipFile(jar.toFile());
                    OutputStream file = Files.newOutputStream(temp);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                Enumeration<? extends ZipEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    byte[] bytes;
                    try (InputStream stream = in.getInputStream(entry)) {
                        bytes = stream.readAllBytes();
                    }
                    String name = entry.getName();
                    if (name.endsWith(".class") && !name.startsWith("META-INF/") && major(bytes) < JAVA_6) {
                        bytes = upgrade(bytes, hierarchy);
                        upgraded.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    }
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
            try (URLClassLoader check = loader(temp)) {
                for (String name : upgraded) {
                    Class.forName(name, true, check);
                }
            }
            Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        System.out.println("Upgraded " + upgraded.size() + " Java 5 class files to Java 8 with stack map frames in " + jar);
    }

    private static URLClassLoader loader(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The same class as a Java 8 class file; ASM computes the frames, loading supertypes from the jar. */
    private static byte[] upgrade(byte[] classFile, ClassLoader hierarchy) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy;
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }
}
