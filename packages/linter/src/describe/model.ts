/** The plain-data shape `describe` and `graph` produce: JSON-serialisable, no model objects. */

export interface Finding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly file: string | undefined;
  readonly line: number;
  readonly column: number;
}

export interface ListenerInfo {
  readonly address: string;
  /** `ssl` on the bind: HAProxy ends TLS here. */
  readonly tls: boolean;
  readonly acceptProxy: boolean;
}

export interface RouteInfo {
  readonly kind: 'use_backend' | 'default_backend';
  readonly target: string;
  readonly condition: string | undefined;
  readonly dynamic: boolean;
  /** The target is not defined in this configuration. */
  readonly missing: boolean;
  /** Fires on another backend's health (nbsrv/srv_is_up). */
  readonly failover: boolean;
  /** `nbsrv(b) lt 1`-style terms the condition reads, with `!` when negated. */
  readonly watches: readonly string[];
  readonly line: number;
}

export interface ServerInfo {
  readonly name: string;
  readonly address: string;
  readonly check: boolean;
  /** `every 2s, DOWN after 6s (fall 3), UP after 4s (rise 2)`, or undefined when unchecked. */
  readonly checkSummary: string | undefined;
  readonly checkTls: boolean;
  readonly checkPort: number | undefined;
  readonly agent: string | undefined;
  readonly backup: boolean;
  readonly weight: number;
  readonly disabled: boolean;
  readonly track: string | undefined;
  readonly cookie: string | undefined;
  readonly tls: boolean;
  readonly sendProxy: 1 | 2 | undefined;
  readonly line: number;
  readonly findings: readonly Finding[];
}

export interface BackendInfo {
  readonly name: string;
  readonly kind: string;
  readonly mode: string;
  readonly balance: string | undefined;
  /** `tcp connect`, `httpchk GET /health`, `ssl-hello-chk`, … */
  readonly checkType: string;
  readonly cookie: string | undefined;
  readonly stickTable: boolean;
  readonly servers: readonly ServerInfo[];
  /** Frontend rules that switch away from this backend when it is down. */
  readonly failoverTo: readonly { readonly frontend: string; readonly backend: string; readonly condition: string | undefined }[];
  readonly line: number;
  readonly findings: readonly Finding[];
}

export interface FrontendInfo {
  readonly name: string;
  readonly kind: string;
  readonly mode: string;
  readonly listeners: readonly ListenerInfo[];
  /** `termination` (ssl on a bind), `passthrough` (TCP carrying TLS), or `none`. */
  readonly tls: 'termination' | 'passthrough' | 'none';
  readonly routes: readonly RouteInfo[];
  /** `monitor fail` lines and the backends whose health they read. */
  readonly monitor: { readonly uri: string | undefined; readonly fail: readonly string[]; readonly watched: readonly string[] } | undefined;
  /** Names of the backends this frontend reaches, in route order (a listen reaches itself). */
  readonly backends: readonly string[];
  readonly line: number;
  readonly findings: readonly Finding[];
}

export interface Description {
  readonly frontends: readonly FrontendInfo[];
  readonly backends: readonly BackendInfo[];
  /** Findings not inside any frontend or backend (defaults, global). */
  readonly otherFindings: readonly Finding[];
}
