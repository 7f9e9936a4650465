// The association's settings for Camunda Cockpit: Arabic first (see ../../association/webapps.js).
import { configure } from '../../association/webapps.js';

export default configure('cockpit');
