#!/usr/bin/env node
// The registry this project installs from serves each native package only for the platforms it
// builds on, so npm leaves the other platforms' optional binaries (rollup, esbuild, duckdb, …) out of
// package-lock.json, and `npm ci` then refuses the lock file as out of sync. This script adds those
// entries back, marked optional with their os/cpu/libc, so `npm ci` skips them as on any other
// machine. Run it after `npm install` changes the lock file: `node scripts/lock-foreign-platforms.mjs`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OS = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'android', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'loong64', 'ppc64', 's390x', 'mips64el', 'loong64'];
function platformOf(name) {
  const base = name.split('/').pop();
  const parts = base.split('-');
  const os = parts.find((p) => OS.includes(p)) ?? (base.includes('win32') ? 'win32' : base.includes('wasm') ? undefined : undefined);
  let cpu = parts.find((p) => CPU.includes(p));
  if (cpu === undefined && parts.includes('gnueabihf')) cpu = 'arm';
  if (cpu === undefined && parts.includes('musleabihf')) cpu = 'arm';
  if (cpu === undefined && parts.includes('universal')) cpu = 'arm64';
  const libc = parts.includes('musl') || parts.includes('musleabihf') ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (let round = 0; round < 5; round++) {
  const missing = new Map();
  for (const [path, meta] of Object.entries(packages)) {
    for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
      const prefix = path === '' ? '' : `${path}/`;
      const nested = `${prefix}node_modules/${dep}`;
      if (packages[nested] !== undefined || packages[`node_modules/${dep}`] !== undefined) continue;
      missing.set(`node_modules/${dep}`, { dep, spec, dev: meta.dev === true });
    }
  }
  if (missing.size === 0) break;
  for (const [key, { dep, spec, dev }] of missing) {
    const { os, cpu, libc } = platformOf(dep);
    if (os === undefined && cpu === undefined) {
      // A non-platform optional dependency (e.g. a wasm fallback): resolve it for real.
      console.warn(`skipping ${dep}@${spec}: not a platform binary`);
      continue;
    }
    const version = spec.replace(/^[~^=]/, '');
    packages[key] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} foreign-platform optional entries added`);
