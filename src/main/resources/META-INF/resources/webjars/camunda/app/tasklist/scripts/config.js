// The association's settings for Camunda Tasklist: Arabic first (see ../../association/webapps.js).
import { configure } from '../../association/webapps.js';

export default configure('tasklist', {
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'استلام المهمة المحددة — claims the selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'الانتقال إلى أول مرشح — focus the first filter' },
    focusList: { key: 'ctrl+alt+l', description: 'الانتقال إلى أول مهمة في القائمة — focus the first task' },
    focusForm: { key: 'ctrl+alt+f', description: 'الانتقال إلى أول حقل في النموذج — focus the first form field' },
    startProcess: { key: 'ctrl+alt+p', description: 'فتح نافذة بدء إجراء — open the start process dialog' }
  }
});
