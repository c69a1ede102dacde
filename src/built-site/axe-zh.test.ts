import { axeEveryPage } from './axe-check';

axeEveryPage('zh');
