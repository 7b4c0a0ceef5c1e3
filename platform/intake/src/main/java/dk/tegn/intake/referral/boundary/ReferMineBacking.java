package dk.tegn.intake.referral.boundary;

import dk.tegn.intake.referral.control.MyReferrals;
import dk.tegn.intake.referral.entity.MyReferralRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /refer/mine.xhtml: the status of the caller's own referrals, nothing more. */
@Named
@RequestScoped
public class ReferMineBacking {

  static final int SHOWN = 200;

  @Inject MyReferrals myReferrals;

  private List<MyReferralRow> rows;

  public List<MyReferralRow> getRows() {
    if (rows == null) {
      rows = myReferrals.mine(0, SHOWN);
    }
    return rows;
  }
}
