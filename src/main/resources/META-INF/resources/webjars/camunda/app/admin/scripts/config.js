// The association's settings for Camunda Admin: Arabic first (see ../../association/webapps.js).
import { configure } from '../../association/webapps.js';

export default configure('admin');
