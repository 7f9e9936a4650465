// The association's settings for Camunda Welcome: Arabic first (see ../../association/webapps.js).
import { configure } from '../../association/webapps.js';

export default configure('welcome');
