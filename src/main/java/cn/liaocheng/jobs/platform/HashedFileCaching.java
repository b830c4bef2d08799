package cn.liaocheng.jobs.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production bundle's files ({@code /VAADIN/build/FlowClient-8O6LUUaH.js}) carry a hash of their content in their
 * name: a new build has new names, so a browser may keep them for a year without asking again. Vaadin's static file
 * server gives every such file {@code max-age=3600} and cannot be configured (vaadin/flow#11790, #23733), so a
 * next-day visitor on a rural phone revalidated 7–10 files one after another. This filter answers for them with
 * {@code immutable} and keeps anyone later in the chain (Spring Security's no-store default, Vaadin's max-age) from
 * replacing it.
 */
@Configuration(proxyBeanMethods = false)
class HashedFileCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    // Vite's names: <name>-<8 characters of hash>.<ext>, only in the build folder.
    private static final Pattern HASHED = Pattern.compile("^/VAADIN/build/[\\w.-]+-[\\w-]{8}\\.(js|css|woff2?)$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hashedFileCachingFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.addUrlPatterns("/VAADIN/build/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static boolean isHashed(String path) {
        return HASHED.matcher(path).matches();
    }

    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var path = request.getRequestURI().substring(request.getContextPath().length());
            if (!isHashed(path)) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Cache-Control", IMMUTABLE);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if (!isCaching(name)) {
                        super.setHeader(name, value);
                    }
                }

                @Override
                public void addHeader(String name, String value) {
                    if (!isCaching(name)) {
                        super.addHeader(name, value);
                    }
                }

                @Override
                public void setDateHeader(String name, long date) {
                    if (!isCaching(name)) {
                        super.setDateHeader(name, date);
                    }
                }

                @Override
                public void addDateHeader(String name, long date) {
                    if (!isCaching(name)) {
                        super.addDateHeader(name, date);
                    }
                }
            });
        }

        private static boolean isCaching(String header) {
            return header.equalsIgnoreCase("Cache-Control") || header.equalsIgnoreCase("Expires")
                    || header.equalsIgnoreCase("Pragma");
        }
    }
}
