package liaison.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words for people come from messages.properties alone: every enum shown to people finds its words there. */
class EnumWordsTest {

    @Test
    void everyEnumWithWordsTakesThemFromTheMessagesFile() throws Exception {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("liaison");
        Messages messages = new Messages();
        List<String> wrong = new ArrayList<>();
        int enums = 0;
        for (JavaClass c : classes) {
            if (!c.isEnum() || c.getMethods().stream().noneMatch(m -> m.getName().equals("label")
                    && m.getRawParameterTypes().isEmpty())) {
                continue;
            }
            enums++;
            Class<?> type = c.reflect();
            Method label = type.getMethod("label");
            label.setAccessible(true);
            for (Object constant : type.getEnumConstants()) {
                String key = "label." + type.getSimpleName() + "." + ((Enum<?>) constant).name();
                if (!messages.get(key).equals(label.invoke(constant))) {
                    wrong.add(key);
                }
            }
            boolean holdsWords = c.getFields().stream().anyMatch(f -> !f.getModifiers().contains(
                    com.tngtech.archunit.core.domain.JavaModifier.STATIC) && f.getName().equals("label"));
            if (holdsWords) {
                wrong.add(c.getName() + " keeps its own words");
            }
        }
        assertTrue(enums >= 13, "the scan finds the portal's enums with words: " + enums);
        assertEquals(List.of(), wrong);
    }
}
