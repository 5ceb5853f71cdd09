// envoyproxy/ratelimit + Redis for global limits: install, run, configure.
export { ensureRatelimitBinary, ensureRedisServer, RATELIMIT_MODULE, RATELIMIT_VERSION, RatelimitInstallError } from './install.ts';
export { startRedis, redisPing, type RedisServer } from './redis.ts';
export { startRatelimitService, type RatelimitService, type RatelimitServiceOptions } from './service.ts';
export {
  renderRatelimitConfig, descriptorsForLimits, RatelimitConfigError,
  type GlobalLimitSpec, type RatelimitDescriptor, type RatelimitUnit,
} from './config.ts';
