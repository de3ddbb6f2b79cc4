package org.kondens.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.message.ParameterizedMessageFactory;
import org.apache.logging.log4j.simple.SimpleLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.LoggerRegistry;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * Libraries log through Log4j's API (POI; PDFBox via commons-logging) and java.util.logging
 * (Lucene, JavaFX). Their lines mean nothing to a researcher (a damaged PDF alone prints forty),
 * so their errors and warnings go to the {@link ErrorLog}, never to the console.
 */
public final class LibraryLogging {

    private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";
    private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";

    private LibraryLogging() {
    }

    /** Call first in {@code main}, before any library has logged (Log4j chooses its factory once). */
    public static void install() {
        if (System.getProperty(LOG4J_FACTORY) == null) {
            System.setProperty(LOG4J_FACTORY, ToErrorLog.class.getName());
        }
        // PDFBox's commons-logging: straight to Log4j's API, whatever else is on the class path (an SLF4J would print its own warning).
        if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
            System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.Log4jApiLogFactory");
        }
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new JulToErrorLog());
    }

    /** Log4j's factory, named by class in {@value #LOG4J_FACTORY}: errors of every logger go to the error log. */
    public static final class ToErrorLog implements LoggerContextFactory {

        private static final LoggerContext CONTEXT = new Context();

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
            return CONTEXT;
        }

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
                java.net.URI configLocation, String name) {
            return CONTEXT;
        }

        @Override
        public void removeContext(LoggerContext context) {
            // one context for the life of the process
        }

        @Override
        public boolean isClassLoaderDependent() {
            return false;
        }
    }

    private static final class Context implements LoggerContext {

        private static final MessageFactory MESSAGES = ParameterizedMessageFactory.INSTANCE;
        private final LoggerRegistry<ExtendedLogger> loggers = new LoggerRegistry<>();
        private final PrintStream log = new PrintStream(new LineToErrorLog(), true, StandardCharsets.UTF_8);

        @Override
        public Object getExternalContext() {
            return null;
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return getLogger(name, null);
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
            MessageFactory factory = messageFactory != null ? messageFactory : MESSAGES;
            ExtendedLogger known = loggers.getLogger(name, factory);
            if (known != null) {
                return known;
            }
            loggers.putIfAbsent(name, factory, new SimpleLogger(name, Level.ERROR, true, false, true, false,
                    "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", factory, PropertiesUtil.getProperties(), log));
            return loggers.getLogger(name, factory);
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messageFactory) {
            return loggers.hasLogger(name, messageFactory);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
            return loggers.hasLogger(name, messageFactoryClass);
        }
    }

    /** Collects what a logger prints and appends it to the error log at each flush (each line). */
    private static final class LineToErrorLog extends OutputStream {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            pending.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public synchronized void flush() {
            if (pending.size() > 0) {
                ErrorLog.write(pending.toString(StandardCharsets.UTF_8));
                pending.reset();
            }
        }
    }

    private static final class JulToErrorLog extends Handler {
        JulToErrorLog() {
            setLevel(java.util.logging.Level.WARNING);
            setFormatter(new SimpleFormatter());
        }

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                ErrorLog.write(getFormatter().format(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
