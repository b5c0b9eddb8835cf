/**
 * The services `use-service` can name. HAProxy 2.4 … 3.4 registers them through
 * service_keywords_register() from two places only (checked at every release tag): the Prometheus
 * exporter add-on, and Lua scripts, whose core.register_service() adds `lua.<name>` while
 * `lua-load` runs them. Any other name is refused while the configuration is read.
 */
export interface ServiceInfo {
  readonly name: string;
}

/** Built-in services (the exporter needs USE_PROMEX, which distribution builds have). */
export const SERVICES: readonly ServiceInfo[] = [{ name: 'prometheus-exporter' }];

/** Prefix of the services Lua scripts register. */
export const LUA_SERVICE_PREFIX = 'lua.';

export function service(name: string): ServiceInfo | undefined {
  return SERVICES.find((s) => s.name === name);
}
