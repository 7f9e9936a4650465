/** The support-request procedure of policy sections 5 to 7: from receiving the applicant to delivering the service. */
package sa.nonprofit.hail.beneficiary;
