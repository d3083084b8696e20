/**
 * The Action's bundle carries date-holidays itself (it has no node_modules to load it from
 * at run time): importing this module installs the bundled copy in shared/holidays.ts.
 */
import Holidays from 'date-holidays';
import { useHolidayLibrary } from './holidays.js';

useHolidayLibrary(Holidays);
