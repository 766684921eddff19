export {
  createGateway,
  DEFAULT_SUPERGRAPH_PATH,
  type GatewayContext,
  type HubGateway,
} from './gateway';
export { gatewayConfigSchema, type GatewayConfig } from './config';
