package liaison.system;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Documents the portal issues as PDF: a Thymeleaf template from {@code templates/}, rendered outside any HTTP
 * request in XML mode (openhtmltopdf reads only well-formed XHTML, STACK.md gotcha 10), then laid out by
 * openhtmltopdf. The document may load nothing from outside: every style is in the template.
 */
public final class PdfDocuments {
    private final TemplateEngine engine = new TemplateEngine();
    private final Formats utc = new Formats();

    static {
        // openhtmltopdf reports every font and stylesheet it loads at INFO; only problems are worth a log line
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    public PdfDocuments(Messages messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(messages);
    }

    /**
     * The template as XHTML, with {@code fmt} for dates as on every page: the model's own (a document printed in
     * one agency's zone), else UTC. Thymeleaf writes a stored control
     * character as it is or as a character reference, neither of which an XML parser reads: such characters are left
     * out, so that text stored before the forms refused them (or by anything but the forms) cannot make a document
     * impossible to issue.
     */
    public String xhtml(String template, Map<String, ?> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.putIfAbsent("fmt", utc);
        return XmlText.stripDocument(engine.process(template, new Context(Locale.US, variables)));
    }

    /** The template as a PDF. */
    public byte[] pdf(String template, Map<String, ?> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withProducer("Liaison")
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(xhtml(template, model), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
