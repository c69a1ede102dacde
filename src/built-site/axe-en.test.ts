import { axeEveryPage } from './axe-check';

axeEveryPage('en');
