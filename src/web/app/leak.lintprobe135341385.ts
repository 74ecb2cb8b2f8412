export { createApp } from '../../server/app';
